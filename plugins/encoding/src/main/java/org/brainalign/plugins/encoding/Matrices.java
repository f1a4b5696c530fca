package org.brainalign.plugins.encoding;

/** Small row-major helpers that are linear in the data (the O(n²p) work goes through BLAS). */
final class Matrices {
  private Matrices() {}

  static double[] columnMeans(double[] a, int rows, int cols) {
    double[] mu = new double[cols];
    for (int i = 0; i < rows; i++) {
      for (int c = 0; c < cols; c++) {
        mu[c] += a[i * cols + c];
      }
    }
    for (int c = 0; c < cols; c++) {
      mu[c] /= rows;
    }
    return mu;
  }

  /** a_i ← a_i − v for every row i. */
  static void subtractRow(double[] a, int rows, int cols, double[] v) {
    for (int i = 0; i < rows; i++) {
      int off = i * cols;
      for (int c = 0; c < cols; c++) {
        a[off + c] -= v[c];
      }
    }
  }

  /**
   * Pearson r between column j of {@code a} and of {@code b}, both row-major {@code (rows × cols)};
   * NaN when either column is constant.
   */
  static double[] columnCorrelations(double[] a, double[] b, int rows, int cols) {
    double[] ma = columnMeans(a, rows, cols);
    double[] mb = columnMeans(b, rows, cols);
    double[] sab = new double[cols];
    double[] saa = new double[cols];
    double[] sbb = new double[cols];
    boolean[] varA = new boolean[cols];
    boolean[] varB = new boolean[cols];
    for (int i = 0; i < rows; i++) {
      int off = i * cols;
      for (int c = 0; c < cols; c++) {
        double da = a[off + c] - ma[c];
        double db = b[off + c] - mb[c];
        sab[c] += da * db;
        saa[c] += da * da;
        sbb[c] += db * db;
        varA[c] |= a[off + c] != a[c];
        varB[c] |= b[off + c] != b[c];
      }
    }
    double[] r = new double[cols];
    for (int c = 0; c < cols; c++) {
      r[c] = varA[c] && varB[c]
          ? Math.max(-1.0, Math.min(1.0, sab[c] / Math.sqrt(saa[c] * sbb[c])))
          : Double.NaN;
    }
    return r;
  }
}
