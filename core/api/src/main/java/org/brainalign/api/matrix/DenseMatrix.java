package org.brainalign.api.matrix;

import java.util.Arrays;

/** A heap matrix of doubles in row-major order. The backing array is shared, not copied. */
public final class DenseMatrix extends AbstractMatrix {
  private final double[] data;

  /**
   * @param data row-major values, length {@code rows * columns}
   */
  public DenseMatrix(int rows, int columns, double[] data) {
    super(rows, columns);
    requireValues(data.length);
    this.data = data;
  }

  public static DenseMatrix zeros(int rows, int columns) {
    return new DenseMatrix(rows, columns, new double[Math.multiplyExact(rows, columns)]);
  }

  /** Copies a rectangular {@code double[rows][columns]} array. */
  public static DenseMatrix of(double[][] values) {
    int r = values.length;
    int c = r == 0 ? 0 : values[0].length;
    double[] data = new double[r * c];
    for (int i = 0; i < r; i++) {
      if (values[i].length != c) {
        throw new IllegalArgumentException("ragged array: row 0 has " + c + " values, row " + i
            + " has " + values[i].length);
      }
      System.arraycopy(values[i], 0, data, i * c, c);
    }
    return new DenseMatrix(r, c, data);
  }

  @Override
  public void readRows(int from, int to, double[] dst) {
    int columns = columns();
    System.arraycopy(data, from * columns, dst, 0, (to - from) * columns);
  }

  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, double[] dst) {
    int width = colTo - colFrom;
    for (int r = rowFrom; r < rowTo; r++) {
      System.arraycopy(data, r * columns() + colFrom, dst, (r - rowFrom) * width, width);
    }
  }

  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, float[] dst) {
    int width = colTo - colFrom;
    for (int r = rowFrom; r < rowTo; r++) {
      int src = r * columns() + colFrom;
      int at = (r - rowFrom) * width;
      for (int c = 0; c < width; c++) {
        dst[at + c] = (float) data[src + c];
      }
    }
  }

  @Override
  public double get(int row, int column) {
    return data[row * columns() + column];
  }

  public void set(int row, int column, double value) {
    data[row * columns() + column] = value;
  }

  /** The backing row-major array (not a copy). */
  public double[] data() {
    return data;
  }

  @Override
  public DenseMatrix toDense() {
    return this;
  }

  /** A new matrix holding the given rows, in the given order. */
  public DenseMatrix selectRows(int[] rowIndices) {
    int columns = columns();
    double[] out = new double[rowIndices.length * columns];
    for (int i = 0; i < rowIndices.length; i++) {
      System.arraycopy(data, rowIndices[i] * columns, out, i * columns, columns);
    }
    return new DenseMatrix(rowIndices.length, columns, out);
  }

  /** A copy of one row. */
  public double[] row(int r) {
    int columns = columns();
    return Arrays.copyOfRange(data, r * columns, (r + 1) * columns);
  }

  @Override
  public String toString() {
    return "DenseMatrix[" + rows() + " × " + columns() + "]";
  }
}
