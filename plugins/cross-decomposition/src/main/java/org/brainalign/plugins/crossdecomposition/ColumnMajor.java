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
    requireValues(rows, cols, a.length);
  }

  /**
   * @throws IllegalArgumentException when {@code length} values cannot fill a {@code rows × cols}
   *     matrix exactly
   */
  static void requireValues(int rows, int cols, int length) {
    if ((long) rows * cols != length) {
      throw new IllegalArgumentException(rows + " × " + cols + " needs " + (long) rows * cols
          + " values, found " + length);
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
    ProductShape s =
        ProductShape.of(rows, cols, transposeThis, other.rows, other.cols, transposeOther);
    ColumnMajor c = zeros(s.m(), s.n());
    if (s.trivial()) {
      return c;
    }
    BLAS.engine.gemm(Layout.COL_MAJOR,
        transposeThis ? Transpose.TRANSPOSE : Transpose.NO_TRANSPOSE,
        transposeOther ? Transpose.TRANSPOSE : Transpose.NO_TRANSPOSE,
        s.m(), s.n(), s.k(), 1.0, a, rows, other.a, other.rows, 0.0, c.a, s.m());
    return c;
  }

  /** The first {@code k} columns (a copy). */
  ColumnMajor leadingColumns(int k) {
    double[] out = new double[rows * k];
    System.arraycopy(a, 0, out, 0, rows * k);
    return new ColumnMajor(rows, k, out);
  }
}
