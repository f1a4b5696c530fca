package org.brainalign.geometry.gram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;

/**
 * The single-precision Gram route (float32 panels, ssyrk, float64 accumulation) against the double
 * route, over many panels, centred and scaled. Seeded.
 */
class PanelGramPrecisionTest {
  private static final long SEED = 2024L;

  @Test
  void singleAgreesWithDoubleToFloatRoundingOverManyPanels() {
    int n = 40;
    int p = 3000;
    Random rng = new Random(SEED);
    double[] x = new double[n * p];
    double[] shift = new double[p];
    double[] scale = new double[p];
    for (int c = 0; c < p; c++) {
      shift[c] = 3 + rng.nextGaussian();
      scale[c] = 0.5 + rng.nextDouble();
    }
    for (int i = 0; i < x.length; i++) {
      // Offset columns: centring matters, as for non-negative activations.
      x[i] = shift[i % p] + 2 * rng.nextGaussian();
    }
    DenseMatrix m = new DenseMatrix(n, p, x);
    // A 1 MiB budget: panels of 1 MiB / 4 / (4 n) columns, so the single route sums many panels.
    for (double[] sc : new double[][] {null, scale}) {
      double[] kd = PanelGram.compute(m, shift, sc, RunContext.quiet(1, 1L << 20), "d",
          GramPrecision.DOUBLE);
      double[] ks = PanelGram.compute(m, shift, sc, RunContext.quiet(1, 1L << 20), "s",
          GramPrecision.SINGLE);
      double top = 0;
      double worst = 0;
      for (int i = 0; i < kd.length; i++) {
        top = Math.max(top, Math.abs(kd[i]));
        worst = Math.max(worst, Math.abs(kd[i] - ks[i]));
      }
      assertThat(worst / top).as("relative error, scaled %s, seed %d", sc != null, SEED)
          .isLessThan(1e-5).isGreaterThan(0.0);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          assertThat(ks[i * n + j]).isEqualTo(ks[j * n + i]);
        }
      }
    }
  }

  @Test
  void centredGramsComputeInTheRequestedPrecision() {
    Random rng = new Random(SEED + 1);
    int n = 12;
    int p = 500;
    double[] x = new double[n * p];
    for (int i = 0; i < x.length; i++) {
      x[i] = rng.nextGaussian();
    }
    LabelledMatrix m = LabelledMatrix.unlabelled("x", new DenseMatrix(n, p, x));
    double[] kd = CentredGrams.of(m, RunContext.quiet(1, 1L << 30), GramPrecision.DOUBLE);
    double[] ks = CentredGrams.of(m, RunContext.quiet(1, 1L << 30), GramPrecision.SINGLE);
    assertThat(kd).isEqualTo(CentredGrams.of(m, RunContext.quiet(1, 1L << 30)));
    double top = 0;
    double worst = 0;
    for (int i = 0; i < kd.length; i++) {
      top = Math.max(top, Math.abs(kd[i]));
      worst = Math.max(worst, Math.abs(kd[i] - ks[i]));
    }
    assertThat(worst / top).isLessThan(1e-5).isGreaterThan(0.0);
  }

  @Test
  void precisionIdsParse() {
    assertThat(GramPrecision.of("single")).isEqualTo(GramPrecision.SINGLE);
    assertThat(GramPrecision.of("DOUBLE")).isEqualTo(GramPrecision.DOUBLE);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GramPrecision.of("half"))
        .hasMessageContaining("'double' or 'single'").hasMessageContaining("half");
  }
}
