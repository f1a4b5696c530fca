package org.brainalign.plugins.crossdecomposition;

import org.bytedeco.openblas.global.openblas;

/**
 * The {@link FoldPrecision#SINGLE} counterpart of {@link PivotedCholesky}: {@code Pᵀ K P = L Lᵀ}
 * by LAPACK spstrf on K rounded to float32, stopped at the same relative cut-off against the same
 * λ̂₁ (estimated in double), and the test coordinates by strsm. The factor and coordinates come
 * back in double (exactly their float32 values).
 */
final class SingleCholesky {
  private static final int COL_MAJOR = 102;
  private static final int CBLAS_RIGHT = 142;
  private static final int CBLAS_LOWER = 122;
  private static final int CBLAS_TRANS = 112;
  private static final int CBLAS_NON_UNIT = 131;

  private SingleCholesky() {}

  /**
   * The fold's factor: {@code A = P L_r (n_tr × r)} with {@code A Aᵀ ≈ K_tr}, and {@code T} with
   * {@code T Aᵀ = K_te,tr}.
   *
   * @param ktr centred training Gram matrix {@code (n_tr × n_tr)}, lower triangle read
   * @param kte centred test-by-training block {@code (n_te × n_tr)}
   * @param tolerance relative cut-off against λ̂₁ (at least float32's, {@link
   *     FoldPrecision#eigenTolerance})
   * @return the factor, or one of rank 0 when K_tr has no positive eigenvalue
   * @throws ArithmeticException when LAPACK reports a failure other than rank deficiency
   */
  static Factor factor(ColumnMajor ktr, ColumnMajor kte, double tolerance) {
    int n = ktr.rows();
    double top = n == 0 ? 0 : PivotedCholesky.largestEigenvalue(ktr);
    if (!(top > 0)) {
      return new Factor(ColumnMajor.zeros(n, 0), ColumnMajor.zeros(kte.rows(), 0), n);
    }
    float[] l = FloatMatrix.of(ktr).a();
    int[] piv = new int[n];
    int[] kept = new int[1];
    int info = openblas.LAPACKE_spstrf(COL_MAJOR, (byte) 'L', n, l, n, piv, kept,
        (float) (tolerance * top));
    // info 1: rank deficient (the factor stops at kept[0]); negative: a bad argument.
    if (info < 0 || info > 1) {
      throw new ArithmeticException("LAPACK spstrf failed with info=" + info + " on a " + n + " × "
          + n + " Gram matrix (non-finite values?)");
    }
    int rank = kept[0];
    // A = P L_r: row piv[i] - 1 of A is row i of L.
    ColumnMajor a = ColumnMajor.zeros(n, rank);
    for (int j = 0; j < rank; j++) {
      for (int i = j; i < n; i++) {
        a.a()[piv[i] - 1 + j * n] = l[i + j * n];
      }
    }
    // T L₁₁ᵀ = K_te,P_r, solved in float32.
    int m = kte.rows();
    float[] t = new float[Math.multiplyExact(m, rank)];
    for (int j = 0; j < rank; j++) {
      int src = (piv[j] - 1) * m;
      for (int i = 0; i < m; i++) {
        t[i + j * m] = (float) kte.a()[src + i];
      }
    }
    if (m > 0 && rank > 0) {
      openblas.cblas_strsm(COL_MAJOR, CBLAS_RIGHT, CBLAS_LOWER, CBLAS_TRANS, CBLAS_NON_UNIT, m,
          rank, 1f, l, n, t, m);
    }
    return new Factor(a, new FloatMatrix(m, rank, t).toDouble(), n - rank);
  }
}
