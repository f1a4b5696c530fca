package org.brainalign.plugins.folder.responses;

import org.brainalign.api.matrix.Matrix;

/** A heap matrix of floats, row-major: a response matrix read from CSV. */
final class FloatRows implements Matrix {
  private final int rows;
  private final int columns;
  private final float[] data;

  FloatRows(int rows, int columns, float[] data) {
    if ((long) rows * columns != data.length) {
      throw new IllegalArgumentException(rows + " × " + columns + " for " + data.length);
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
    readBlock(from, to, 0, columns, dst);
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
}
