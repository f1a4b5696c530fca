package org.brainalign.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.brainalign.api.extension.ExtensionProvider;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.reducer.FittedReducer;
import org.brainalign.api.reducer.Reducer;
import org.brainalign.api.reducer.ReducerInput;
import org.brainalign.api.reducer.ReducerProvider;
import org.brainalign.api.reducer.ReducerSetting;
import org.junit.jupiter.api.Test;

/**
 * Contract for {@link ReducerProvider}s: shapes, determinism, batch independence, and the
 * {@link ReducerSetting} a study tabulates and sweeps.
 */
public abstract class ReducerContract extends ExtensionProviderContract<Reducer> {

  private final ReducerProvider reducerProvider;

  /** @see ExtensionProviderContract#ExtensionProviderContract(ExtensionProvider, Map) */
  protected ReducerContract(ReducerProvider provider, Map<String, String> workingOptions) {
    super(provider, workingOptions);
    this.reducerProvider = provider;
  }

  /** A layer shape the reducer must handle, (C, H, W). */
  protected int[] sampleShape() {
    return new int[] {16, 6, 5};
  }

  private float[] batch(int count, int size, long seed) {
    Random rng = new Random(seed);
    float[] v = new float[count * size];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) rng.nextGaussian();
    }
    return v;
  }

  @Test
  void transformsABatchToTheDeclaredShape() {
    ReducerInput in = new ReducerInput("layer", sampleShape(), 100);
    FittedReducer fitted = provider().create(options()).fit(in);
    int outSize = 1;
    for (int d : fitted.outputShape()) {
      outSize *= d;
    }
    float[] out = new float[3 * outSize];
    fitted.transform(batch(3, in.size(), 1), 3, out);
    for (float v : out) {
      assertThat(Float.isFinite(v)).isTrue();
    }
    assertThat(fitted.provenance()).isNotNull();
  }

  @Test
  void eachStimulusIsTransformedIndependentlyOfItsBatch() {
    ReducerInput in = new ReducerInput("layer", sampleShape(), 100);
    FittedReducer fitted = provider().create(options()).fit(in);
    int outSize = 1;
    for (int d : fitted.outputShape()) {
      outSize *= d;
    }
    float[] data = batch(4, in.size(), 2);
    float[] all = new float[4 * outSize];
    fitted.transform(data, 4, all);
    float[] one = new float[outSize];
    float[] third = java.util.Arrays.copyOfRange(data, 2 * in.size(), 3 * in.size());
    fitted.transform(third, 1, one);
    assertThat(java.util.Arrays.copyOfRange(all, 2 * outSize, 3 * outSize)).containsExactly(one);
  }

  @Test
  void refittingGivesTheSameBits() {
    ReducerInput in = new ReducerInput("layer", sampleShape(), 100);
    FittedReducer a = provider().create(options()).fit(in);
    FittedReducer b = provider().create(options()).fit(in);
    int outSize = 1;
    for (int d : a.outputShape()) {
      outSize *= d;
    }
    float[] data = batch(2, in.size(), 3);
    float[] oa = new float[2 * outSize];
    float[] ob = new float[2 * outSize];
    a.transform(data, 2, oa);
    b.transform(data, 2, ob);
    assertThat(ob).containsExactly(oa);
  }

  /**
   * The setting the study tabulates ({@code reducer_axis}, {@code reducer_dim}) is declared, and a
   * declared dimension option is one of the provider's options and sets
   * {@link ReducerSetting#dimension()}, so that a study's {@code dims} sweep reaches the reducer.
   */
  @Test
  void aDeclaredDimensionOptionSetsTheSettingsDimension() {
    ReducerSetting setting = provider().create(options()).setting();
    assertThat(setting).as("Reducer.setting()").isNotNull();
    Optional<OptionSpec<Long>> dimension = reducerProvider.dimensionOption();
    if (dimension.isEmpty()) {
      return;
    }
    String key = dimension.get().key();
    assertThat(reducerProvider.options()).as("the dimension option is one of the options")
        .anyMatch(o -> o.key().equals(key));
    Map<String, String> raw = new HashMap<>(workingOptions());
    raw.put(key, "3");
    Reducer three = provider().create(Options.parse(provider().id(), provider().options(), raw));
    assertThat(three.setting().dimension()).as(key + "=3 gives dimension 3").isEqualTo(3L);
  }
}
