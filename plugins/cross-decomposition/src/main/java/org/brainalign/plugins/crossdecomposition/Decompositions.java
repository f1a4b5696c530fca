package org.brainalign.plugins.crossdecomposition;

import org.brainalign.api.compute.SymmetricEigenSolver;
import org.brainalign.api.run.RunContext;
import org.bytedeco.openblas.global.openblas;
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
   * Singular values of {@code M} and two other matrices' rows projected onto its singular vectors.
   *
   * @param s singular values, descending (k = min(rows, cols) of them)
   * @param left {@code T_left U} {@code (m × k)}
   * @param right {@code T_right V} {@code (m' × k)}
   */
  record ProjectedSvd(double[] s, ColumnMajor left, ColumnMajor right) {}

  /**
   * Above this aspect ratio {@link #projectedSvd} reduces M by a Householder QR first (measured by
   * {@code bench/run fold-steps}: at 8,749 × 7,000 the QR route is already the faster).
   */
  static final double QR_ASPECT = 1.2;

  private static final int COL_MAJOR = 102;

  /**
   * {@code M = U S Vᵀ} and the projections {@code left U}, {@code right V}, without forming the long
   * side's singular vectors when M is tall (or wide) by more than {@link #QR_ASPECT}: then
   * {@code M = Q R} (dgeqrf), {@code R = U_R S Vᵀ} (dgesdd on the square R) and
   * {@code left U = (left Q) U_R}, with {@code left Q} applied by the Householder reflectors
   * (dormqr) to the few projected rows only. Orthogonal transformations throughout, so the result
   * is that of {@link #svd} to rounding; a wide M goes through {@code Mᵀ} the same way.
   *
   * @param left rows to project on U {@code (m × M.rows)}
   * @param right rows to project on V {@code (m' × M.cols)}
   */
  static ProjectedSvd projectedSvd(ColumnMajor m, ColumnMajor left, ColumnMajor right) {
    int rows = m.rows();
    int cols = m.cols();
    if (rows > QR_ASPECT * cols && cols > 0) {
      Reduced r = reduce(m, left);
      Svd svd = svd(r.r());
      return new ProjectedSvd(svd.s(), r.projected().times(false, svd.u(), false),
          right.times(false, svd.v(), false));
    }
    if (cols > QR_ASPECT * rows && rows > 0) {
      // Mᵀ = Q R, R = U_R S V_Rᵀ: M = V_R S (Q U_R)ᵀ, so U = V_R and V = Q U_R.
      Reduced r = reduce(transpose(m), right);
      Svd svd = svd(r.r());
      return new ProjectedSvd(svd.s(), left.times(false, svd.v(), false),
          r.projected().times(false, svd.u(), false));
    }
    Svd svd = svd(m);
    return new ProjectedSvd(svd.s(), left.times(false, svd.u(), false),
        right.times(false, svd.v(), false));
  }

  /** R of {@code m = Q R} {@code (cols × cols)} and {@code t Q} restricted to its first cols columns. */
  private record Reduced(ColumnMajor r, ColumnMajor projected) {}

  private static Reduced reduce(ColumnMajor m, ColumnMajor t) {
    int rows = m.rows();
    int cols = m.cols();
    double[] qr = m.a().clone();
    double[] tau = new double[cols];
    int info = openblas.LAPACKE_dgeqrf(COL_MAJOR, rows, cols, qr, rows, tau);
    if (info != 0) {
      throw new ArithmeticException("LAPACK dgeqrf failed with info=" + info + " on a " + rows
          + " × " + cols + " matrix (non-finite values?)");
    }
    ColumnMajor r = ColumnMajor.zeros(cols, cols);
    for (int j = 0; j < cols; j++) {
      System.arraycopy(qr, j * rows, r.a(), j * cols, j + 1);
    }
    int n = t.rows();
    double[] c = t.a().clone();
    if (n > 0) {
      info = openblas.LAPACKE_dormqr(COL_MAJOR, (byte) 'R', (byte) 'N', n, rows, cols, qr, rows,
          tau, c, n);
      if (info != 0) {
        throw new ArithmeticException("LAPACK dormqr failed with info=" + info);
      }
    }
    ColumnMajor projected = new ColumnMajor(n, cols, java.util.Arrays.copyOf(c, n * cols));
    return new Reduced(r, projected);
  }

  private static ColumnMajor transpose(ColumnMajor m) {
    int rows = m.rows();
    int cols = m.cols();
    ColumnMajor out = ColumnMajor.zeros(cols, rows);
    for (int j = 0; j < cols; j++) {
      for (int i = 0; i < rows; i++) {
        out.a()[j + i * cols] = m.a()[i + j * rows];
      }
    }
    return out;
  }

  /**
   * Symmetric eigendecomposition of the lower triangle of {@code m}: by the solver the host offers
   * ({@link SymmetricEigenSolver#offeredBy}, e.g. torch eigh), else by LAPACK dsyevd. Both give the
   * eigenvalues in descending order and the eigenvectors as columns.
   *
   * @param label names the matrix in progress lines and messages
   */
  static SymmetricEigen symmetricEigen(ColumnMajor m, String label, RunContext context) {
    SymmetricEigenSolver solver = SymmetricEigenSolver.offeredBy(context).orElse(null);
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
