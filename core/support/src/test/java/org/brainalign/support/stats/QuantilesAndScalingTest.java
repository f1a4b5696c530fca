package org.brainalign.support.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** numpy.quantile's default method, and z-scored / unit-norm columns. */
class QuantilesAndScalingTest {
  private static final double[] X = StatsFixtures.vector("pairs_x.csv");
  private static final double[] Y = StatsFixtures.vector("pairs_y.csv");
  private static final double[] E = StatsFixtures.vector("pairs_expected.csv");

  @Test
  void quantilesEqualNumpy() {
    double[] q = {0, 0.05, 0.5, 0.975, 1};
    double[] before = X.clone();
    for (int i = 0; i < q.length; i++) {
      assertThat(Quantiles.linear(X, q[i])).as("q=%s", q[i]).isCloseTo(E[7 + i], within(1e-12));
    }
    assertThat(X).containsExactly(before);
  }

  @Test
  void zScoredColumnsHaveMeanZeroAndPopulationSdOne() {
    int n = X.length;
    double[] m = interleave(X, Y);
    double[] z = ColumnScaling.zScores(m, n, 2);
    for (int c = 0; c < 2; c++) {
      double s = 0;
      double ss = 0;
      for (int i = 0; i < n; i++) {
        s += z[i * 2 + c];
        ss += z[i * 2 + c] * z[i * 2 + c];
      }
      assertThat(s / n).isCloseTo(0, within(1e-12));
      assertThat(ss / n).isCloseTo(1, within(1e-12));
    }
    assertThat(ColumnScaling.zScores(new double[] {4, 4, 4}, 3, 1)).containsExactly(0, 0, 0);
  }

  @Test
  void oneColumnIsZScoredInPlaceOfItsColumnAndItsSdReturned() {
    int n = X.length;
    double[] m = interleave(X, Y);
    double[] all = ColumnScaling.zScores(m, n, 2);
    double[] z = new double[2 * n];
    double sd = ColumnScaling.zScores(m, n, 2, 1, z);
    for (int i = 0; i < n; i++) {
      assertThat(z[i * 2 + 1]).isEqualTo(all[i * 2 + 1]);
      assertThat(z[i * 2]).isZero();
    }
    assertThat(sd).isPositive();
    double[] constant = {4, 4, 4};
    double[] out = {9, 9, 9};
    assertThat(ColumnScaling.zScores(constant, 3, 1, 0, out)).isZero();
    assertThat(out).containsExactly(0, 0, 0);
  }

  @Test
  void unitNormColumnsDotToPearson() {
    int n = X.length;
    double[] z = ColumnScaling.unitNorm(interleave(X, Y), n, 2);
    double dot = 0;
    for (int i = 0; i < n; i++) {
      dot += z[i * 2] * z[i * 2 + 1];
    }
    assertThat(dot).isCloseTo(E[0], within(1e-13));
    assertThat(ColumnScaling.unitNorm(new double[] {4, 4}, 2, 1)).containsOnly(Double.NaN);
  }

  private static double[] interleave(double[] a, double[] b) {
    double[] m = new double[2 * a.length];
    for (int i = 0; i < a.length; i++) {
      m[2 * i] = a[i];
      m[2 * i + 1] = b[i];
    }
    return m;
  }
}
