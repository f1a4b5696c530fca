package org.brainalign.geometry.gram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.brainalign.api.matrix.DenseMatrix;
import org.junit.jupiter.api.Test;

/** The blocked Gram product (dsyrk on the diagonal, dgemm below it) equals the plain definition, in memory and streamed. Seeded. */
class GramTest {
  private static final long SEED = 77L;

  @Test
  void blockedGramEqualsDefinition() {
    int n = 601; // one block in memory; blocks of 100 rows when streamed
    int p = 5;
    Random rng = new Random(SEED);
    double[] x = new double[n * p];
    for (int i = 0; i < x.length; i++) {
      x[i] = rng.nextGaussian();
    }
    DenseMatrix m = new DenseMatrix(n, p, x);
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = (i * 7) % n; // a permutation: 7 is coprime with 601
    }
    for (long budget : new long[] {Long.MAX_VALUE / 4, 2L * 8 * p * 100}) {
      double[] g = Gram.of(m, rows, RowTransform.NONE, budget);
      double worst = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double want = 0;
          for (int c = 0; c < p; c++) {
            want += x[rows[i] * p + c] * x[rows[j] * p + c];
          }
          worst = Math.max(worst, Math.abs(g[i * n + j] - want));
        }
      }
      assertThat(worst).as("largest error, budget %d, seed %d", budget, SEED).isLessThan(1e-12);
    }
  }
}
