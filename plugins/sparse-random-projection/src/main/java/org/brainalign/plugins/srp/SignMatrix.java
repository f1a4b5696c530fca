package org.brainalign.plugins.srp;

import java.util.Arrays;

/**
 * A k × d sparse random projection matrix whose non-zero entries are all ±{@code scale}, stored as
 * compressed sparse columns of row indices (positive entries of a column first, then negative ones).
 *
 * <p>Column storage suits the transform: the input is streamed once, column by column, and each
 * column is added to or subtracted from the few output rows it touches. Memory is
 * 4·(2d + 1 + nnz) bytes: ResNet50 {@code layer1} with k = 5,921 (d = 802,816, s = 1/√d, about
 * 5.3 million non-zeros) takes about 28 MB, where a dense matrix would take 19 GB.
 *
 * <p>Immutable and thread-safe.
 */
public final class SignMatrix {
  private final int rows;
  private final int columns;
  private final double density;
  private final double scale;
  // Column j: positive entries at rowIndex[ptr[2j] .. ptr[2j+1]), negative at [ptr[2j+1] .. ptr[2j+2]).
  private final int[] ptr;
  private final int[] rowIndex;

  SignMatrix(int rows, int columns, double density, int[] ptr, int[] rowIndex) {
    this.rows = rows;
    this.columns = columns;
    this.density = density;
    this.scale = 1.0 / Math.sqrt(density * rows);
    this.ptr = ptr;
    this.rowIndex = rowIndex;
  }

  /** k, the output size. */
  public int rows() {
    return rows;
  }

  /** d, the input size. */
  public int columns() {
    return columns;
  }

  /** s, the probability that an entry is non-zero. */
  public double density() {
    return density;
  }

  /** 1/√(s·k), the magnitude of every non-zero entry. */
  public double scale() {
    return scale;
  }

  /** The number of non-zero entries. */
  public int nonZeros() {
    return rowIndex.length;
  }

  /** Visits every non-zero entry, column by column, positive ones of a column before negative ones. */
  public void forEachNonZero(NonZeroVisitor visitor) {
    for (int j = 0; j < columns; j++) {
      for (int p = ptr[2 * j]; p < ptr[2 * j + 2]; p++) {
        visitor.accept(rowIndex[p], j, p < ptr[2 * j + 1] ? 1 : -1);
      }
    }
  }

  /**
   * A 64-bit fingerprint of the matrix (size, density and every non-zero), written in provenance so
   * that two runs can show they used the same matrix.
   */
  public long fingerprint() {
    long h = SplitMix64.mix(rows ^ SplitMix64.mix(columns ^ SplitMix64.mix(Double.doubleToLongBits(density))));
    h = 31 * h + Arrays.hashCode(ptr);
    h = 31 * SplitMix64.mix(h) + Arrays.hashCode(rowIndex);
    return SplitMix64.mix(h);
  }

  /**
   * Adds the signed, unscaled product of columns [colFrom, colTo) with a block of input rows to
   * {@code acc}: acc[i, l] += Σ_j sign(R[i, j]) · z[j − colFrom, l].
   *
   * <p>Every output element receives its terms in increasing column order whatever the number of
   * lanes, so a stimulus gets the same bits whether it is transformed alone or in a batch.
   *
   * @param z input block, (colTo − colFrom) × lanes, row-major, starting at {@code zOff}
   * @param acc accumulator, k × lanes, row-major, starting at {@code accOff}
   */
  void accumulate(float[] z, int zOff, int lanes, int colFrom, int colTo, float[] acc, int accOff) {
    if (lanes == 1) {
      accumulateOneLane(z, zOff - colFrom, colFrom, colTo, acc, accOff);
      return;
    }
    if (lanes % 16 == 0 && lanes <= 64) {
      accumulateBy16(z, zOff, lanes, colFrom, colTo, acc, accOff);
      return;
    }
    for (int j = colFrom; j < colTo; j++) {
      int zj = zOff + (j - colFrom) * lanes;
      int p = ptr[2 * j];
      int mid = ptr[2 * j + 1];
      int end = ptr[2 * j + 2];
      for (; p < mid; p++) {
        int a = accOff + rowIndex[p] * lanes;
        for (int l = 0; l < lanes; l++) {
          acc[a + l] += z[zj + l];
        }
      }
      for (; p < end; p++) {
        int a = accOff + rowIndex[p] * lanes;
        for (int l = 0; l < lanes; l++) {
          acc[a + l] -= z[zj + l];
        }
      }
    }
  }

  /**
   * The general loop for a few multiples of 16 lanes, in chunks of a constant 16 that C2 unrolls and
   * vectorises without pre- and post-loops (each lane still gets the same additions in the same order).
   */
  private void accumulateBy16(
      float[] z, int zOff, int lanes, int colFrom, int colTo, float[] acc, int accOff) {
    for (int j = colFrom; j < colTo; j++) {
      int zj = zOff + (j - colFrom) * lanes;
      int p = ptr[2 * j];
      int mid = ptr[2 * j + 1];
      int end = ptr[2 * j + 2];
      for (; p < mid; p++) {
        int a = accOff + rowIndex[p] * lanes;
        for (int l0 = 0; l0 < lanes; l0 += 16) {
          for (int l = 0; l < 16; l++) {
            acc[a + l0 + l] += z[zj + l0 + l];
          }
        }
      }
      for (; p < end; p++) {
        int a = accOff + rowIndex[p] * lanes;
        for (int l0 = 0; l0 < lanes; l0 += 16) {
          for (int l = 0; l < 16; l++) {
            acc[a + l0 + l] -= z[zj + l0 + l];
          }
        }
      }
    }
  }

  private void accumulateOneLane(float[] z, int zBase, int colFrom, int colTo, float[] acc, int accOff) {
    for (int j = colFrom; j < colTo; j++) {
      float v = z[zBase + j];
      int p = ptr[2 * j];
      int mid = ptr[2 * j + 1];
      int end = ptr[2 * j + 2];
      for (; p < mid; p++) {
        acc[accOff + rowIndex[p]] += v;
      }
      for (; p < end; p++) {
        acc[accOff + rowIndex[p]] -= v;
      }
    }
  }
}
