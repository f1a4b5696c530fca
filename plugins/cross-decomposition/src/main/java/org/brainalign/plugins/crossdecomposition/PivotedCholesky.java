package org.brainalign.plugins.crossdecomposition;

import org.bytedeco.openblas.global.openblas;

/**
 * A rank-revealing factor of a positive semi-definite matrix, {@code Pᵀ K P = L Lᵀ}, by LAPACK's
 * pivoted Cholesky (dpstrf, through Smile's bundled OpenBLAS), stopped where the largest remaining
 * pivot falls to {@code tolerance · λ̂₁}.
 *
 * <p>λ̂₁ is a Rayleigh-quotient estimate of the largest eigenvalue of K (power iteration from the
 * column with the largest diagonal; it lies between that diagonal and λ₁), so the cut-off is the
 * same relative tolerance the eigendecomposition route applies to eigenvalues. A remaining pivot
 * bounds the trailing eigenvalues (λ_{r+1} ≤ (n − r) · pivot), so where K_tr has a gap around the
 * cut — the exact rank deficiency that centring and p &lt; n produce, with rounding noise some
 * orders below — both routes keep the same rank r. Cost n·r²/3 multiply-adds in place of dsyevd's
 * ~(4/3 + 2)·n³ with half of them matrix–vector bound.
 *
 * @param n order of K
 * @param rank kept columns r
 * @param pivot 0-based pivot order: row {@code pivot[i]} of K is row i of L
 * @param l the factor, column-major {@code (n × n)} with lda n; only its lower trapezoid
 *     {@code (n × r)} is meaningful
 */
record PivotedCholesky(int n, int rank, int[] pivot, double[] l) {

  private static final int COL_MAJOR = 102;
  private static final int CBLAS_RIGHT = 142;
  private static final int CBLAS_LOWER = 122;
  private static final int CBLAS_TRANS = 112;
  private static final int CBLAS_NON_UNIT = 131;
  /** Power iterations for λ̂₁; the estimate only scales the cut-off, it need not be exact. */
  static final int POWER_ITERATIONS = 12;

  /**
   * Factors the symmetric {@code k (n × n)} (its lower triangle is read; it is not modified).
   *
   * @param tolerance relative cut-off against λ̂₁
   * @throws ArithmeticException when LAPACK reports a failure other than rank deficiency
   */
  static PivotedCholesky of(ColumnMajor k, double tolerance) {
    int n = k.rows();
    if (n == 0) {
      return new PivotedCholesky(0, 0, new int[0], new double[0]);
    }
    double top = largestEigenvalue(k);
    if (!(top > 0)) {
      return new PivotedCholesky(n, 0, new int[n], new double[0]);
    }
    double[] a = k.a().clone();
    int[] piv = new int[n];
    int[] rank = new int[1];
    int info = openblas.LAPACKE_dpstrf(COL_MAJOR, (byte) 'L', n, a, n, piv, rank, tolerance * top);
    // info 1: rank deficient (the factor stops at rank[0]); negative: a bad argument.
    if (info < 0 || info > 1) {
      throw new ArithmeticException("LAPACK dpstrf failed with info=" + info + " on a " + n + " × "
          + n + " Gram matrix (non-finite values?)");
    }
    for (int i = 0; i < n; i++) {
      piv[i]--;
    }
    return new PivotedCholesky(n, rank[0], piv, a);
  }

  /** A = P L_r {@code (n × r)}: A Aᵀ = K to the cut-off. */
  ColumnMajor factor() {
    ColumnMajor out = ColumnMajor.zeros(n, rank);
    double[] o = out.a();
    for (int j = 0; j < rank; j++) {
      for (int i = j; i < n; i++) {
        o[pivot[i] + j * n] = l[i + j * n];
      }
    }
    return out;
  }

  /**
   * Coordinates of other rows in the same basis: solves {@code T L₁₁ᵀ = K_{·,P_r}} for
   * {@code T (m × r)}, where {@code cross (m × n)} holds their products with the rows of K and L₁₁
   * is the leading r × r block of L. For rows in the span of K's, T Aᵀ = cross.
   */
  ColumnMajor solveRows(ColumnMajor cross) {
    int m = cross.rows();
    ColumnMajor t = ColumnMajor.zeros(m, rank);
    double[] b = t.a();
    for (int j = 0; j < rank; j++) {
      System.arraycopy(cross.a(), pivot[j] * m, b, j * m, m);
    }
    if (m > 0 && rank > 0) {
      openblas.cblas_dtrsm(COL_MAJOR, CBLAS_RIGHT, CBLAS_LOWER, CBLAS_TRANS, CBLAS_NON_UNIT, m,
          rank, 1.0, l, n, b, m);
    }
    return t;
  }

  /** Rayleigh quotient after {@link #POWER_ITERATIONS} steps, from the largest-diagonal column. */
  static double largestEigenvalue(ColumnMajor k) {
    int n = k.rows();
    int start = 0;
    for (int i = 1; i < n; i++) {
      if (k.get(i, i) > k.get(start, start)) {
        start = i;
      }
    }
    double best = k.get(start, start);
    ColumnMajor v = ColumnMajor.zeros(n, 1);
    v.a()[start] = 1;
    for (int it = 0; it < POWER_ITERATIONS; it++) {
      ColumnMajor w = k.times(false, v, false);
      double vw = 0;
      double ww = 0;
      for (int i = 0; i < n; i++) {
        vw += v.a()[i] * w.a()[i];
        ww += w.a()[i] * w.a()[i];
      }
      // v has unit norm, so vᵀ K v is the Rayleigh quotient.
      best = Math.max(best, vw);
      double norm = Math.sqrt(ww);
      if (!(norm > 0)) {
        break;
      }
      for (int i = 0; i < n; i++) {
        v.a()[i] = w.a()[i] / norm;
      }
    }
    return best;
  }
}
