package org.brainalign.study.nonfinite;

import java.util.function.IntFunction;
import org.brainalign.api.matrix.AbstractMatrix;
import org.brainalign.api.matrix.Matrix;

/**
 * A view of some columns of a matrix, {@code (rows × kept.length)}, that copies nothing up front:
 * every read goes to the underlying matrix (memory-mapped or on the heap) in bounded row chunks and
 * gathers the kept columns, so a view of a matrix larger than the heap stays on disk.
 */
public final class ColumnSubset extends AbstractMatrix {
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
    super(base.rows(), kept.length);
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
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, double[] dst) {
    gather(rowFrom, rowTo, colFrom, colTo, double[]::new, base::readBlock, (buf, src, out) -> {
      for (int c = colFrom; c < colTo; c++) {
        dst[out + c] = buf[src + kept[c]];
      }
    });
  }

  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, float[] dst) {
    gather(rowFrom, rowTo, colFrom, colTo, float[]::new, base::readBlock, (buf, src, out) -> {
      for (int c = colFrom; c < colTo; c++) {
        dst[out + c] = buf[src + kept[c]];
      }
    });
  }

  /** A block read of the underlying matrix into a buffer of type {@code B}. */
  private interface BlockRead<B> {
    void read(int rowFrom, int rowTo, int colFrom, int colTo, B buffer);
  }

  /**
   * Gathers one row of the block: {@code dst[out + c] = buf[src + kept[c]]} for the block's
   * columns {@code c}.
   */
  private interface RowGather<B> {
    void row(B buf, int src, int out);
  }

  /**
   * The rows {@code [rowFrom, rowTo)} read in chunks of at most {@link #chunk} elements, each chunk
   * spanning the underlying columns from {@code kept[colFrom]} to {@code kept[colTo - 1]}, and every
   * row of a chunk handed to {@code row} with its offsets into the buffer and the destination.
   */
  private <B> void gather(int rowFrom, int rowTo, int colFrom, int colTo, IntFunction<B> buffer,
      BlockRead<B> read, RowGather<B> row) {
    if (colTo <= colFrom || rowTo <= rowFrom) {
      return;
    }
    int lo = kept[colFrom];
    int span = kept[colTo - 1] + 1 - lo;
    int width = colTo - colFrom;
    int step = Math.max(1, chunk / span);
    B buf = buffer.apply(Math.min(rowTo - rowFrom, step) * span);
    for (int r0 = rowFrom; r0 < rowTo; r0 += step) {
      int r1 = Math.min(rowTo, r0 + step);
      read.read(r0, r1, lo, lo + span, buf);
      for (int r = r0; r < r1; r++) {
        row.row(buf, (r - r0) * span - lo, (r - rowFrom) * width - colFrom);
      }
    }
  }

  @Override
  public String toString() {
    return base + " (" + kept.length + " of " + base.columns() + " columns)";
  }
}
