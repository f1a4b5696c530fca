package org.brainalign.plugins.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.brainalign.api.extension.Options;
import org.brainalign.api.reducer.FittedReducer;
import org.brainalign.api.reducer.ReducerInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Seeded invariants: Johnson–Lindenstrauss distances, linearity, batch independence, pass-through. */
class ProjectionInvariantsTest {

  static FittedReducer fit(Map<String, String> options, int[] shape, int stimuli) {
    SparseRandomProjectionProvider p = new SparseRandomProjectionProvider();
    return p.create(Options.parse(p.id(), p.options(), options))
        .fit(new ReducerInput("test", shape, stimuli));
  }

  static float[] gaussian(int n, long seed) {
    Random rng = new Random(seed);
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) rng.nextGaussian();
    }
    return v;
  }

  static int size(int[] shape) {
    return Arrays.stream(shape).reduce(1, (a, b) -> a * b);
  }

  /** Squared distances between all pairs of n points keep within 1 ± ε at the JL size for n. */
  @ParameterizedTest(name = "axis={0} shape={1} eps={2} seed={3}")
  @CsvSource({"all, 30x10x10, 0.5, 0", "all, 30x10x10, 0.5, 1", "all, 3000, 0.5, 2",
      "all, 80x10x10, 0.1, 7", "channel, 2000x2x2, 0.5, 3", "channel, 2000x2x2, 0.5, 4",
      "spatial, 2x40x50, 0.5, 5", "spatial, 2x40x50, 0.5, 6"})
  void johnsonLindenstraussDistanceRatios(String axis, String shapeText, double eps, long seed) {
    System.out.println("JL test axis=" + axis + " eps=" + eps + " seed=" + seed);
    int[] shape = Arrays.stream(shapeText.split("x")).mapToInt(Integer::parseInt).toArray();
    int n = 40;
    FittedReducer f = fit(Map.of("axis", axis, "eps", Double.toString(eps), "seed", Long.toString(seed)),
        shape, n);
    assertThat(f.provenance()).containsEntry("projected", true)
        .containsEntry("k", JohnsonLindenstrauss.minDim(n, eps));
    int in = size(shape);
    int out = size(f.outputShape());
    // Points with shared structure plus noise, so distances vary.
    float[] x = gaussian(n * in, 1000 + seed);
    float[] common = gaussian(in, 2000 + seed);
    for (int i = 0; i < x.length; i++) {
      x[i] += 2 * common[i % in] * (i / in % 3);
    }
    float[] y = new float[n * out];
    f.transform(x, n, y);
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        double ratio = squaredDistance(y, a, b, out) / squaredDistance(x, a, b, in);
        min = Math.min(min, ratio);
        max = Math.max(max, ratio);
      }
    }
    System.out.printf("  squared-distance ratios in [%.3f, %.3f]%n", min, max);
    assertThat(min).as("seed " + seed).isGreaterThan(1 - eps);
    assertThat(max).as("seed " + seed).isLessThan(1 + eps);
  }

  private static double squaredDistance(float[] v, int a, int b, int size) {
    double s = 0;
    for (int i = 0; i < size; i++) {
      double t = (double) v[a * size + i] - v[b * size + i];
      s += t * t;
    }
    return s;
  }

  @ParameterizedTest(name = "axis={0}")
  @CsvSource({"all, 64", "channel, 9", "spatial, 11"})
  void isLinear(String axis, int dim) {
    int[] shape = {24, 5, 6};
    FittedReducer f = fit(Map.of("axis", axis, "dim", Integer.toString(dim), "seed", "17"), shape, 10);
    int in = size(shape);
    int out = size(f.outputShape());
    float[] x = gaussian(in, 31);
    float[] y = gaussian(in, 32);
    float a = 2.5f;
    float b = -0.75f;
    float[] combo = new float[in];
    for (int i = 0; i < in; i++) {
      combo[i] = a * x[i] + b * y[i];
    }
    float[] tx = new float[out];
    float[] ty = new float[out];
    float[] tc = new float[out];
    f.transform(x, 1, tx);
    f.transform(y, 1, ty);
    f.transform(combo, 1, tc);
    for (int i = 0; i < out; i++) {
      assertThat((double) tc[i]).as("output %d", i)
          .isCloseTo((double) a * tx[i] + (double) b * ty[i], within(1e-4 * (1 + Math.abs(tc[i]))));
    }
  }

  @ParameterizedTest(name = "axis={0}")
  @CsvSource({"all, 50", "channel, 6", "spatial, 13"})
  void largeBatchGivesEachStimulusItsSoloBits(String axis, int dim) {
    int[] shape = {16, 7, 7};
    int count = 37; // more than MAX_LANES per worker on any machine this runs on
    FittedReducer f = fit(Map.of("axis", axis, "dim", Integer.toString(dim)), shape, 10);
    int in = size(shape);
    int out = size(f.outputShape());
    float[] x = gaussian(count * in, 77);
    float[] batch = new float[count * out];
    f.transform(x, count, batch);
    float[] solo = new float[out];
    for (int b = 0; b < count; b++) {
      f.transform(Arrays.copyOfRange(x, b * in, (b + 1) * in), 1, solo);
      assertThat(Arrays.copyOfRange(batch, b * out, (b + 1) * out)).as("stimulus " + b)
          .containsExactly(solo);
    }
  }

  @Test
  void passesThroughWhenKReachesTheAxisSizeAndSaysSo() {
    int[] shape = {8, 3, 3};
    FittedReducer channel = fit(Map.of("axis", "channel", "dim", "8"), shape, 10);
    assertThat(channel.outputShape()).containsExactly(8, 3, 3);
    assertThat(channel.provenance()).containsEntry("projected", false).containsEntry("k", 8)
        .containsEntry("projected-size", 8);
    assertThat((String) channel.provenance().get("reason")).contains("8 ≥ 8", "channel");
    float[] x = gaussian(2 * 72, 3);
    float[] y = new float[2 * 72];
    channel.transform(x, 2, y);
    assertThat(y).containsExactly(x);
    // eps-sized k for 1,000 stimuli is 5,921, more than this layer's 72 values.
    FittedReducer all = fit(Map.of(), shape, 1000);
    assertThat(all.provenance()).containsEntry("projected", false).containsEntry("k", 5921)
        .containsEntry("k-source", "johnson-lindenstrauss");
  }

  @Test
  void aTwoDimensionalShapeIsChannelsByPositions() {
    int[] shape = {12, 30};
    assertThat(fit(Map.of("axis", "channel", "dim", "5"), shape, 10).outputShape())
        .containsExactly(5, 30);
    assertThat(fit(Map.of("axis", "spatial", "dim", "5"), shape, 10).outputShape())
        .containsExactly(12, 5);
    assertThat(fit(Map.of("axis", "all", "dim", "5"), shape, 10).outputShape()).containsExactly(5);
  }

  @Test
  void provenanceNamesTheMatrix() {
    FittedReducer f = fit(Map.of("axis", "spatial", "dim", "10", "seed", "3"), new int[] {4, 8, 8}, 10);
    assertThat(f.outputShape()).containsExactly(4, 10);
    assertThat(f.provenance())
        .containsEntry("reducer", "sparse-random-projection")
        .containsEntry("axis", "spatial")
        .containsEntry("k", 10)
        .containsEntry("k-source", "dim")
        .containsEntry("projected-size", 64)
        .containsEntry("density", 1 / 8.0)
        .containsEntry("seed", 3L)
        .containsEntry("generator", SignMatrixGenerator.NAME)
        .containsKeys("matrix-fingerprint", "nonzeros", "scale", "input-shape", "output-shape");
  }
}
