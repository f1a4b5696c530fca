package org.brainalign.plugins.crossdecomposition;

import java.util.Arrays;
import org.bytedeco.openblas.global.openblas;

/**
 * The {@link FoldPrecision#SINGLE} counterpart of {@link Decompositions#projectedSvd}: the fold
 * matrix {@code M = A_xᵀ A_y} by sgemm, then, when M is taller (or wider) than {@link
 * Decompositions#QR_ASPECT}, {@code M = Q R} (sgeqrf), {@code R = U_R S Vᵀ} (sgesdd) and
 * {@code t_x U = (t_x Q) U_R} with Q applied by sormqr to the test rows only; otherwise sgesdd of
 * M. Singular values and projections come back in double (exactly their float32 values).
 */
final class SingleSvd {
  private static final int COL_MAJOR = 102;

  private SingleSvd() {}

  /**
   * @param fx X's factor: {@code a (n_tr × d_x)}, test rows {@code t (n_te × d_x)}
   * @param fy Y's factor: {@code a (n_tr × d_y)}, test rows {@code t (n_te × d_y)}
   * @return singular values of M, {@code t_x U} and {@code t_y V}
   */
  static Decompositions.ProjectedSvd of(Factor fx, Factor fy) {
    FloatMatrix m = FloatMatrix.of(fx.a()).times(true, FloatMatrix.of(fy.a()), false);
    FloatMatrix left = FloatMatrix.of(fx.t());
    FloatMatrix right = FloatMatrix.of(fy.t());
    int rows = m.rows();
    int cols = m.cols();
    if (rows > Decompositions.QR_ASPECT * cols && cols > 0) {
      Reduced r = reduce(m, left);
      Svd svd = svd(r.r());
      return result(svd.s(), r.projected().times(false, svd.u(), false),
          right.times(false, svd.v(), false));
    }
    if (cols > Decompositions.QR_ASPECT * rows && rows > 0) {
      // Mᵀ = Q R, R = U_R S V_Rᵀ: M = V_R S (Q U_R)ᵀ, so U = V_R and V = Q U_R.
      Reduced r = reduce(m.transpose(), right);
      Svd svd = svd(r.r());
      return result(svd.s(), left.times(false, svd.v(), false),
          r.projected().times(false, svd.u(), false));
    }
    Svd svd = svd(m);
    return result(svd.s(), left.times(false, svd.u(), false), right.times(false, svd.v(), false));
  }

  private static Decompositions.ProjectedSvd result(float[] s, FloatMatrix left,
      FloatMatrix right) {
    double[] d = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      d[i] = s[i];
    }
    return new Decompositions.ProjectedSvd(d, left.toDouble(), right.toDouble());
  }

  /** {@code M = U diag(s) Vᵀ}, thin: U {@code (m × k)}, V {@code (n × k)}, k = min(m, n). */
  private record Svd(FloatMatrix u, float[] s, FloatMatrix v) {}

  private static Svd svd(FloatMatrix m) {
    int rows = m.rows();
    int cols = m.cols();
    int k = Math.min(rows, cols);
    float[] s = new float[k];
    if (k == 0) {
      return new Svd(FloatMatrix.zeros(rows, 0), s, FloatMatrix.zeros(cols, 0));
    }
    float[] a = m.a().clone();
    float[] u = new float[Math.multiplyExact(rows, k)];
    float[] vt = new float[Math.multiplyExact(k, cols)];
    int info = openblas.LAPACKE_sgesdd(COL_MAJOR, (byte) 'S', rows, cols, a, rows, s, u, rows, vt,
        k);
    if (info != 0) {
      throw new ArithmeticException("LAPACK sgesdd failed with info=" + info + " on a " + rows
          + " × " + cols + " matrix (non-finite values?)");
    }
    return new Svd(new FloatMatrix(rows, k, u), s, new FloatMatrix(k, cols, vt).transpose());
  }

  /** R of {@code m = Q R} {@code (cols × cols)} and {@code t Q} restricted to its first cols columns. */
  private record Reduced(FloatMatrix r, FloatMatrix projected) {}

  private static Reduced reduce(FloatMatrix m, FloatMatrix t) {
    int rows = m.rows();
    int cols = m.cols();
    float[] qr = m.a().clone();
    float[] tau = new float[cols];
    int info = openblas.LAPACKE_sgeqrf(COL_MAJOR, rows, cols, qr, rows, tau);
    if (info != 0) {
      throw new ArithmeticException("LAPACK sgeqrf failed with info=" + info + " on a " + rows
          + " × " + cols + " matrix (non-finite values?)");
    }
    FloatMatrix r = FloatMatrix.zeros(cols, cols);
    for (int j = 0; j < cols; j++) {
      System.arraycopy(qr, j * rows, r.a(), j * cols, j + 1);
    }
    int n = t.rows();
    float[] c = t.a().clone();
    if (n > 0) {
      info = openblas.LAPACKE_sormqr(COL_MAJOR, (byte) 'R', (byte) 'N', n, rows, cols, qr, rows,
          tau, c, n);
      if (info != 0) {
        throw new ArithmeticException("LAPACK sormqr failed with info=" + info);
      }
    }
    return new Reduced(r, new FloatMatrix(n, cols, Arrays.copyOf(c, n * cols)));
  }
}
