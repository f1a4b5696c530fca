package org.brainalign.plugins.crossdecomposition;

import org.brainalign.api.compute.SymmetricEigenSolver;
import org.brainalign.api.run.RunContext;
import smile.math.blas.EVDJob;
import smile.math.blas.LAPACK;
import smile.math.blas.Layout;
import smile.math.blas.SVDJob;
import smile.math.blas.UPLO;

/**
 * LAPACK calls (through Smile's native OpenBLAS) used by the spectrum, and the hand-off of the
 * symmetric eigendecomposition to the host's eigensolver when the user chose one.
 */
final class Decompositions {
  private Decompositions() {}

  /**
   * Thin SVD {@code M = U diag(s) Vᵀ} by divide and conquer (dgesdd).
   *
   * @param u left singular vectors {@code (m × k)}, k = min(m, n)
   * @param s singular values, descending
   * @param v right singular vectors {@code (n × k)}
   */
  record Svd(ColumnMajor u, double[] s, ColumnMajor v) {}

  /** Eigenvalues (descending) and eigenvectors (columns) of a symmetric matrix. */
  record SymmetricEigen(double[] values, ColumnMajor vectors) {}

  static Svd svd(ColumnMajor m) {
    int rows = m.rows();
    int cols = m.cols();
    int k = Math.min(rows, cols);
    double[] a = m.a().clone();
    double[] s = new double[k];
    double[] u = new double[rows * k];
    double[] vt = new double[k * cols];
    if (k == 0) {
      return new Svd(new ColumnMajor(rows, 0, u), s, new ColumnMajor(cols, 0, new double[0]));
    }
    int info = LAPACK.engine.gesdd(Layout.COL_MAJOR, SVDJob.COMPACT, rows, cols, a, rows, s, u,
        rows, vt, k);
    if (info != 0) {
      throw new ArithmeticException("LAPACK dgesdd failed with info=" + info + " on a " + rows
          + " × " + cols + " matrix (non-finite values?)");
    }
    // vt is k × cols column-major; transpose to cols × k.
    double[] v = new double[cols * k];
    for (int j = 0; j < cols; j++) {
      for (int i = 0; i < k; i++) {
        v[j + i * cols] = vt[i + j * k];
      }
    }
    return new Svd(new ColumnMajor(rows, k, u), s, new ColumnMajor(cols, k, v));
  }

  /**
   * Symmetric eigendecomposition of the lower triangle of {@code m}: by the solver the host offers
   * ({@link RunContext#eigenSolver()}, e.g. torch eigh), else by LAPACK dsyevd. Both give the
   * eigenvalues in descending order and the eigenvectors as columns.
   *
   * @param label names the matrix in progress lines and messages
   */
  static SymmetricEigen symmetricEigen(ColumnMajor m, String label, RunContext context) {
    SymmetricEigenSolver solver = context.eigenSolver().orElse(null);
    if (solver == null) {
      return symmetricEigen(m);
    }
    org.brainalign.api.compute.SymmetricEigen e = solver.decompose(m.rows(), m.a(), label, context);
    if (e.n() != m.rows()) {
      throw new IllegalStateException(solver.describe() + " returned " + e.n() + " eigenvalues for a "
          + m.rows() + " × " + m.rows() + " matrix");
    }
    return new SymmetricEigen(e.values(), new ColumnMajor(m.rows(), m.rows(), e.vectors()));
  }

  /** Symmetric eigendecomposition (dsyevd) of the lower triangle of {@code m}. */
  static SymmetricEigen symmetricEigen(ColumnMajor m) {
    int n = m.rows();
    double[] a = m.a().clone();
    double[] w = new double[n];
    if (n > 0) {
      int info = LAPACK.engine.syevd(Layout.COL_MAJOR, EVDJob.VECTORS, UPLO.LOWER, n, a, n, w);
      if (info != 0) {
        throw new ArithmeticException("LAPACK dsyevd failed with info=" + info + " on a " + n
            + " × " + n + " Gram matrix (non-finite values?)");
      }
    }
    // LAPACK returns ascending order; reverse to descending.
    double[] values = new double[n];
    double[] vectors = new double[n * n];
    for (int j = 0; j < n; j++) {
      values[j] = w[n - 1 - j];
      System.arraycopy(a, (n - 1 - j) * n, vectors, j * n, n);
    }
    return new SymmetricEigen(values, new ColumnMajor(n, n, vectors));
  }
}
