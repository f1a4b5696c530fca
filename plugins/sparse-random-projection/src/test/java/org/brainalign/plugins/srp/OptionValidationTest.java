package org.brainalign.plugins.srp;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.Options;
import org.brainalign.api.reducer.Reducer;
import org.brainalign.api.reducer.ReducerInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad options and shapes fail with what must hold, what was found and how to fix it. */
class OptionValidationTest {
  private final SparseRandomProjectionProvider provider = new SparseRandomProjectionProvider();

  private Reducer create(Map<String, String> raw) {
    return provider.create(Options.parse(provider.id(), provider.options(), raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "-0.1", "1.5"})
  void epsOutsideTheOpenUnitInterval(String eps) {
    assertThatThrownBy(() -> create(Map.of("eps", eps)))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("'eps'").hasMessageContaining("(0, 1)").hasMessageContaining("eps=0.1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-100", "4294967296"})
  void dimOutOfRange(String dim) {
    assertThatThrownBy(() -> create(Map.of("dim", dim)))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("'dim'").hasMessageContaining(dim);
  }

  @ParameterizedTest
  @CsvSource({"0, (0, 1]", "1.5, (0, 1]", "-0.2, (0, 1]", "NaN, (0, 1]", "dense, 'auto'"})
  void densityOutsideTheHalfOpenUnitInterval(String density, String says) {
    assertThatThrownBy(() -> create(Map.of("density", density)))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("'density'").hasMessageContaining(says)
        .hasMessageContaining("density=auto");
  }

  @Test
  void unknownAxisWordListsTheChoices() {
    assertThatThrownBy(() -> create(Map.of("axis", "depth")))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("all, channel, spatial");
  }

  @ParameterizedTest
  @ValueSource(strings = {"channel", "spatial"})
  void channelAndSpatialNeedAChannelFirstShape(String axis) {
    Reducer r = create(Map.of("axis", axis, "dim", "4"));
    assertThatThrownBy(() -> r.fit(new ReducerInput("fc", new int[] {1000}, 50)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("layer fc").hasMessageContaining("[1000]")
        .hasMessageContaining("axis=all");
  }

  @Test
  void epsSizingNeedsTwoStimuli() {
    Reducer r = create(Map.of());
    assertThatThrownBy(() -> r.fit(new ReducerInput("layer4", new int[] {2048, 7, 7}, 1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("dim=k");
  }

  @Test
  void badBatchArraysAreNamed() {
    var f = create(Map.of("dim", "3")).fit(new ReducerInput("l", new int[] {4, 2, 2}, 5));
    assertThatThrownBy(() -> f.transform(new float[16], 2, new float[6]))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("2 × 16");
    assertThatThrownBy(() -> f.transform(new float[32], 2, new float[5]))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("2 × 3");
  }
}
