package org.brainalign.api.matrix;

/**
 * A heap matrix of floats in row-major order: half the memory of a {@link DenseMatrix}, which
 * matters for response matrices (30,000 trials × 15,000 voxels). The backing array is shared, not
 * copied; reads as doubles widen exactly.
 */
public final class FloatDenseMatrix extends AbstractMatrix {
  private final float[] data;

  /** @param data row-major values, length {@code rows * columns} */
  public FloatDenseMatrix(int rows, int columns, float[] data) {
    super(rows, columns);
    requireValues(data.length);
    this.data = data;
  }

  @Override
  public void readRows(int from, int to, float[] dst) {
    int columns = columns();
    System.arraycopy(data, from * columns, dst, 0, (to - from) * columns);
  }

  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, double[] dst) {
    int width = colTo - colFrom;
    for (int r = rowFrom; r < rowTo; r++) {
      int src = r * columns() + colFrom;
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
      System.arraycopy(data, r * columns() + colFrom, dst, (r - rowFrom) * width, width);
    }
  }

  @Override
  public double get(int row, int column) {
    return data[row * columns() + column];
  }
}
