package org.brainalign.plugins.crossdecomposition;

import smile.math.blas.BLAS;
import smile.math.blas.Layout;
import smile.math.blas.Transpose;

/**
 * A dense column-major matrix over a plain array, the layout BLAS and LAPACK expect.
 *
 * @param rows number of rows
 * @param cols number of columns
 * @param a values, element (i, j) at {@code a[i + j * rows]}
 */
record ColumnMajor(int rows, int cols, double[] a) {

  ColumnMajor {
    if ((long) rows * cols != a.length) {
      throw new IllegalArgumentException(rows + " × " + cols + " needs " + (long) rows * cols
          + " values, found " + a.length);
    }
  }

  static ColumnMajor zeros(int rows, int cols) {
    return new ColumnMajor(rows, cols, new double[Math.multiplyExact(rows, cols)]);
  }

  double get(int i, int j) {
    return a[i + j * rows];
  }

  /** {@code op(this) · op(other)} through BLAS dgemm. */
  ColumnMajor times(boolean transposeThis, ColumnMajor other, boolean transposeOther) {
    int m = transposeThis ? cols : rows;
    int k = transposeThis ? rows : cols;
    int k2 = transposeOther ? other.cols : other.rows;
    int n = transposeOther ? other.rows : other.cols;
    if (k != k2) {
      throw new IllegalArgumentException("inner dimensions differ: " + k + " and " + k2);
    }
    ColumnMajor c = zeros(m, n);
    if (m == 0 || n == 0 || k == 0) {
      return c;
    }
    BLAS.engine.gemm(Layout.COL_MAJOR,
        transposeThis ? Transpose.TRANSPOSE : Transpose.NO_TRANSPOSE,
        transposeOther ? Transpose.TRANSPOSE : Transpose.NO_TRANSPOSE,
        m, n, k, 1.0, a, rows, other.a, other.rows, 0.0, c.a, m);
    return c;
  }

  /** The first {@code k} columns (a copy). */
  ColumnMajor leadingColumns(int k) {
    double[] out = new double[rows * k];
    System.arraycopy(a, 0, out, 0, rows * k);
    return new ColumnMajor(rows, k, out);
  }
}
