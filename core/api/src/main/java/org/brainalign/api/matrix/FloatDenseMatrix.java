package org.brainalign.api.matrix;

/**
 * A heap matrix of floats in row-major order: half the memory of a {@link DenseMatrix}, which
 * matters for response matrices (30,000 trials × 15,000 voxels). The backing array is shared, not
 * copied; reads as doubles widen exactly.
 */
public final class FloatDenseMatrix implements Matrix {
  private final int rows;
  private final int columns;
  private final float[] data;

  /** @param data row-major values, length {@code rows * columns} */
  public FloatDenseMatrix(int rows, int columns, float[] data) {
    if (rows < 0 || columns < 0) {
      throw new IllegalArgumentException("negative shape " + rows + " × " + columns);
    }
    if ((long) rows * columns != data.length) {
      throw new IllegalArgumentException("shape " + rows + " × " + columns + " needs "
          + (long) rows * columns + " values, found " + data.length);
    }
    this.rows = rows;
    this.columns = columns;
    this.data = data;
  }

  @Override
  public int rows() {
    return rows;
  }

  @Override
  public int columns() {
    return columns;
  }

  @Override
  public void readRows(int from, int to, double[] dst) {
    int base = from * columns;
    int n = (to - from) * columns;
    for (int e = 0; e < n; e++) {
      dst[e] = data[base + e];
    }
  }

  @Override
  public void readRows(int from, int to, float[] dst) {
    System.arraycopy(data, from * columns, dst, 0, (to - from) * columns);
  }

  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, double[] dst) {
    int width = colTo - colFrom;
    for (int r = rowFrom; r < rowTo; r++) {
      int src = r * columns + colFrom;
      int at = (r - rowFrom) * width;
      for (int c = 0; c < width; c++) {
        dst[at + c] = data[src + c];
      }
    }
  }

  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, float[] dst) {
    int width = colTo - colFrom;
    for (int r = rowFrom; r < rowTo; r++) {
      System.arraycopy(data, r * columns + colFrom, dst, (r - rowFrom) * width, width);
    }
  }

  @Override
  public double get(int row, int column) {
    return data[row * columns + column];
  }
}
