package org.brainalign.support.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pearson, Spearman and covariance against scipy/numpy, plus invariants. */
class CorrelationTest {
  private static final double[] X = StatsFixtures.vector("pairs_x.csv");
  private static final double[] Y = StatsFixtures.vector("pairs_y.csv");
  private static final double[] E = StatsFixtures.vector("pairs_expected.csv");

  @Test
  void equalsScipyAndNumpy() {
    assertThat(Correlation.pearson(X, Y)).isCloseTo(E[0], within(1e-13));
    assertThat(Correlation.spearman(X, Y)).isCloseTo(E[1], within(1e-13));
    assertThat(Correlation.covariance(X, Y, 0, X.length)).isCloseTo(E[2], within(1e-11));
  }

  @Test
  void anOffsetWindowIsTheCorrelationOfThatSlice() {
    double[] x = new double[X.length + 5];
    double[] y = new double[Y.length + 5];
    System.arraycopy(X, 0, x, 5, X.length);
    System.arraycopy(Y, 0, y, 5, Y.length);
    assertThat(Correlation.pearson(x, y, 5, X.length)).isEqualTo(Correlation.pearson(X, Y));
  }

  @Test
  void constantSidesAndShortInputsGiveNaN() {
    assertThat(Correlation.pearson(new double[] {0.1, 0.1, 0.1}, new double[] {1, 2, 3})).isNaN();
    assertThat(Correlation.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
    assertThat(Correlation.spearman(new double[] {1}, new double[] {2})).isNaN();
    assertThat(Correlation.pearson(new double[0], new double[0])).isNaN();
    assertThatThrownBy(() -> Correlation.pearson(new double[2], new double[3]))
        .hasMessageContaining("lengths 2 and 3");
  }

  @Test
  void rIsInvariantToAffineMapsAndStaysInRange() {
    long seed = new Random().nextLong();
    Random rng = new Random(seed);
    for (int t = 0; t < 200; t++) {
      int n = 2 + rng.nextInt(30);
      double[] a = new double[n];
      double[] b = new double[n];
      double[] c = new double[n];
      double scale = 0.5 + rng.nextDouble() * 10;
      double shift = rng.nextGaussian() * 100;
      for (int i = 0; i < n; i++) {
        a[i] = rng.nextGaussian();
        b[i] = rng.nextGaussian() + a[i];
        c[i] = scale * a[i] + shift;
      }
      double r = Correlation.pearson(a, b);
      assertThat(r).as("seed %d", seed).isBetween(-1.0, 1.0);
      assertThat(Correlation.pearson(c, b)).as("seed %d", seed).isCloseTo(r, within(1e-9));
      assertThat(Correlation.spearman(c, b)).as("seed %d", seed)
          .isCloseTo(Correlation.spearman(a, b), within(1e-12));
    }
  }
}
