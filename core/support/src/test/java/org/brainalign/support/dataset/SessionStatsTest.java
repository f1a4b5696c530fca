package org.brainalign.support.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.run.Progress;
import org.brainalign.support.stats.ColumnScaling;
import org.junit.jupiter.api.Test;

/**
 * Per-session z-scoring in one streaming pass, against the two-pass z-scores of each session
 * ({@link ColumnScaling#zScores}), with constant columns, a large offset and a NaN.
 */
class SessionStatsTest {
  @Test
  void zScoresMatchTheTwoPassZScoresOfEachSession() {
    long seed = 20261208L;
    Random rng = new Random(seed);
    int n = 9;
    int q = 3;
    int[] session = {0, 1, 0, 1, 1, 0, 2, 2, 0};
    double[] x = new double[n * q];
    for (int i = 0; i < x.length; i++) {
      x[i] = 1e6 + rng.nextGaussian(); // the offset would cancel a naive sum of squares
    }
    for (int r = 0; r < n; r++) {
      x[r * q + 2] = session[r] == 1 ? 5 : x[r * q + 2]; // column 2 constant in session 1
    }
    SessionStats stats = SessionStats.of(new DenseMatrix(n, q, x), session, 3, Progress.none());
    assertThat(stats.sessions()).isEqualTo(3);
    assertThat(stats.firstNonFinite()).isEqualTo(-1);
    for (int s = 0; s < 3; s++) {
      int k = 0;
      for (int r = 0; r < n; r++) {
        k += session[r] == s ? 1 : 0;
      }
      double[] part = new double[k * q];
      int[] rows = new int[k];
      for (int r = 0, i = 0; r < n; r++) {
        if (session[r] == s) {
          System.arraycopy(x, r * q, part, i * q, q);
          rows[i++] = r;
        }
      }
      double[] expected = ColumnScaling.zScores(part, k, q);
      for (int i = 0; i < k; i++) {
        for (int c = 0; c < q; c++) {
          assertThat(stats.z(s, c, x[rows[i] * q + c])).as("seed %d, session %d, row %d, column %d",
              seed, s, rows[i], c).isCloseTo(expected[i * q + c], within(1e-6));
        }
      }
    }
    assertThat(stats.constant(1, 2)).isTrue();
    assertThat(stats.constant(0, 2)).isFalse();
    assertThat(stats.constantInSome(2)).isTrue();
    assertThat(stats.constantInSome(0)).isFalse();
    assertThat(stats.z(1, 2, 5)).isZero();
    assertThat(stats.mean(1, 2)).isEqualTo(5);
  }

  @Test
  void theFirstNonFiniteValueIsFoundInRowMajorOrderAndStaysNaN() {
    double[] x = {1, 2, 3, Double.NaN, 5, Double.POSITIVE_INFINITY};
    SessionStats stats = SessionStats.of(new DenseMatrix(3, 2, x), new int[3], 1,
        Progress.none());
    assertThat(stats.firstNonFinite()).isEqualTo(3);
    assertThat(stats.z(0, 1, 2)).isNaN();
    assertThat(stats.constant(0, 1)).isFalse();
  }
}
