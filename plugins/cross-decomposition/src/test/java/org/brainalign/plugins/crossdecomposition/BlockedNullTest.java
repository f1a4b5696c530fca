package org.brainalign.plugins.crossdecomposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.brainalign.support.split.NumpyRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rank-blocked permutation kernel against the sum it replaces, draw by draw over whole rows:
 * equal to the bit, whatever the block width the test rows give (several blocks, a ragged last one,
 * a single block).
 */
class BlockedNullTest {

  @Test
  void blockedSumsEqualTheRowByRowSumsToTheBit() {
    for (int[] shape : new int[][] {{5_000, 37}, {1_250, 300}, {40, 5}, {3, 1}}) {
      int rows = shape[0];
      int ranks = shape[1];
      Random random = new Random(rows * 31L + ranks);
      double[] zx = new double[rows * ranks];
      double[] zy = new double[rows * ranks];
      for (int i = 0; i < zx.length; i++) {
        zx[i] = random.nextGaussian();
        zy[i] = random.nextGaussian();
      }
      NumpyRandom rng = new NumpyRandom(7);
      int[][] perm = new int[25][];
      for (int b = 0; b < perm.length; b++) {
        perm[b] = rng.permutation(rows);
      }
      double[][] blocked = new double[perm.length][ranks];
      Resampling.permuted(zx, zy, perm, ranks, blocked);
      for (int b = 0; b < perm.length; b++) {
        double[] expected = new double[ranks];
        for (int i = 0; i < rows; i++) {
          for (int k = 0; k < ranks; k++) {
            expected[k] += zx[i * ranks + k] * zy[perm[b][i] * ranks + k];
          }
        }
        assertThat(blocked[b]).as("draw %d of %d × %d", b, rows, ranks).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"1250, 7000, 26", "100000, 7000, 8", "10, 7000, 3276", "1250, 5, 5", "0, 4, 4"})
  void blocksFitTheCacheBudgetAndNeverExceedTheRanks(int rows, int ranks, int width) {
    assertThat(Resampling.blockWidth(rows, ranks)).isEqualTo(width);
  }
}
