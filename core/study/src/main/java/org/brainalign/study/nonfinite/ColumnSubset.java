package org.brainalign.study.nonfinite;

import org.brainalign.api.matrix.Matrix;

/**
 * A view of some columns of a matrix, {@code (rows × kept.length)}, that copies nothing up front:
 * every read goes to the underlying matrix (memory-mapped or on the heap) in bounded row chunks and
 * gathers the kept columns, so a view of a matrix larger than the heap stays on disk.
 */
public final class ColumnSubset implements Matrix {
  /** Elements read from the underlying matrix per chunk (8 MB of doubles). */
  private static final int CHUNK = 1 << 20;
  private final Matrix base;
  private final int[] kept;
  private final int chunk;

  /**
   * @param base the full matrix
   * @param kept column indices of {@code base} to keep, strictly increasing
   * @throws IllegalArgumentException when {@code kept} is not strictly increasing inside the matrix
   */
  public ColumnSubset(Matrix base, int[] kept) {
    this(base, kept, CHUNK);
  }

  /** With {@code chunk} elements per underlying read (tests use small chunks). */
  ColumnSubset(Matrix base, int[] kept, int chunk) {
    for (int i = 0; i < kept.length; i++) {
      if (kept[i] < 0 || kept[i] >= base.columns() || (i > 0 && kept[i] <= kept[i - 1])) {
        throw new IllegalArgumentException("kept columns must increase inside [0, "
            + base.columns() + "), found " + kept[i] + " at " + i);
      }
    }
    this.base = base;
    this.kept = kept.clone();
    this.chunk = chunk;
  }

  /** Column {@code c} of this view is column {@code originalColumn(c)} of the underlying matrix. */
  public int originalColumn(int c) {
    return kept[c];
  }

  @Override
  public int rows() {
    return base.rows();
  }

  @Override
  public int columns() {
    return kept.length;
  }

  @Override
  public void readRows(int from, int to, double[] dst) {
    readBlock(from, to, 0, kept.length, dst);
  }

  @Override
  public void readRows(int from, int to, float[] dst) {
    readBlock(from, to, 0, kept.length, dst);
  }

  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, double[] dst) {
    if (colTo <= colFrom || rowTo <= rowFrom) {
      return;
    }
    int lo = kept[colFrom];
    int span = kept[colTo - 1] + 1 - lo;
    int width = colTo - colFrom;
    int step = Math.max(1, chunk / span);
    double[] buf = new double[Math.min(rowTo - rowFrom, step) * span];
    for (int r0 = rowFrom; r0 < rowTo; r0 += step) {
      int r1 = Math.min(rowTo, r0 + step);
      base.readBlock(r0, r1, lo, lo + span, buf);
      for (int r = r0; r < r1; r++) {
        int src = (r - r0) * span - lo;
        int out = (r - rowFrom) * width - colFrom;
        for (int c = colFrom; c < colTo; c++) {
          dst[out + c] = buf[src + kept[c]];
        }
      }
    }
  }

  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, float[] dst) {
    if (colTo <= colFrom || rowTo <= rowFrom) {
      return;
    }
    int lo = kept[colFrom];
    int span = kept[colTo - 1] + 1 - lo;
    int width = colTo - colFrom;
    int step = Math.max(1, chunk / span);
    float[] buf = new float[Math.min(rowTo - rowFrom, step) * span];
    for (int r0 = rowFrom; r0 < rowTo; r0 += step) {
      int r1 = Math.min(rowTo, r0 + step);
      base.readBlock(r0, r1, lo, lo + span, buf);
      for (int r = r0; r < r1; r++) {
        int src = (r - r0) * span - lo;
        int out = (r - rowFrom) * width - colFrom;
        for (int c = colFrom; c < colTo; c++) {
          dst[out + c] = buf[src + kept[c]];
        }
      }
    }
  }

  @Override
  public String toString() {
    return base + " (" + kept.length + " of " + base.columns() + " columns)";
  }
}
