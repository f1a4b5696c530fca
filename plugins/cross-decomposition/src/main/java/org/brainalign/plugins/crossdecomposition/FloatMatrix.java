package org.brainalign.plugins.crossdecomposition;

import org.bytedeco.openblas.global.openblas;

/**
 * A dense column-major float32 matrix, the single-precision counterpart of {@link ColumnMajor} for
 * the {@link FoldPrecision#SINGLE} route.
 *
 * @param rows number of rows
 * @param cols number of columns
 * @param a values, element (i, j) at {@code a[i + j * rows]}
 */
record FloatMatrix(int rows, int cols, float[] a) {
  private static final int COL_MAJOR = 102;
  private static final int NO_TRANS = 111;
  private static final int TRANS = 112;

  FloatMatrix {
    ColumnMajor.requireValues(rows, cols, a.length);
  }

  static FloatMatrix zeros(int rows, int cols) {
    return new FloatMatrix(rows, cols, new float[Math.multiplyExact(rows, cols)]);
  }

  /** {@code m} rounded to float32. */
  static FloatMatrix of(ColumnMajor m) {
    double[] d = m.a();
    float[] f = new float[d.length];
    for (int i = 0; i < d.length; i++) {
      f[i] = (float) d[i];
    }
    return new FloatMatrix(m.rows(), m.cols(), f);
  }

  /** This matrix in double (exact: every float32 is a float64). */
  ColumnMajor toDouble() {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i];
    }
    return new ColumnMajor(rows, cols, d);
  }

  /** {@code op(this) · op(other)} through BLAS sgemm. */
  FloatMatrix times(boolean transposeThis, FloatMatrix other, boolean transposeOther) {
    ProductShape s =
        ProductShape.of(rows, cols, transposeThis, other.rows, other.cols, transposeOther);
    FloatMatrix c = zeros(s.m(), s.n());
    if (s.trivial()) {
      return c;
    }
    openblas.cblas_sgemm(COL_MAJOR, transposeThis ? TRANS : NO_TRANS,
        transposeOther ? TRANS : NO_TRANS, s.m(), s.n(), s.k(), 1f, a, rows, other.a, other.rows,
        0f, c.a, s.m());
    return c;
  }

  FloatMatrix transpose() {
    FloatMatrix out = zeros(cols, rows);
    for (int j = 0; j < cols; j++) {
      for (int i = 0; i < rows; i++) {
        out.a[j + i * cols] = a[i + j * rows];
      }
    }
    return out;
  }
}
