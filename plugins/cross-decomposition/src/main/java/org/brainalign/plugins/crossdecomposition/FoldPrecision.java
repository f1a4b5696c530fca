package org.brainalign.plugins.crossdecomposition;

import org.brainalign.api.extension.OptionChoice;

/**
 * Arithmetic of the per-fold factorizations and SVD: the factor of K_tr on the dual route, the fold
 * matrix M = A_xᵀ A_y and its SVD with the test projections. Correlations, the
 * permutation null and everything reported are computed in double either way.
 */
enum FoldPrecision implements OptionChoice {
  /** float64 throughout (LAPACK dpstrf, dgemm, dgeqrf, dgesdd, dormqr): the default, exact route. */
  DOUBLE(DualSide.EIGEN_TOLERANCE, FoldSpectrum.SINGULAR_TOLERANCE),
  /**
   * float32 factor and M (spstrf, strsm, sgemm), M's SVD through the double eigendecomposition of
   * its short side's Gram matrix (dsyrk, dsyevd; see {@link SingleSvd}); correlations agree
   * with {@link #DOUBLE} to 1e-4 at the leading reliable ranks (measured ≤ 3e-7). A singular vector
   * is only as accurate as eps₃₂ · s₁ / gap, so ranks in a flat tail of nearly equal singular
   * values can differ by 1e-2 (measured 2.5e-2 at rank 2,090 of 2,100, a chance-reliable rank).
   * Eigenvalues of K_tr below 1e-5 of the largest count as rank deficiency, and singular values of
   * M below 1e-5 of the largest as zero: float32 rounding leaves noise of about 1e-7 to 1e-6 there.
   */
  SINGLE(DualSide.EIGEN_TOLERANCE_SINGLE, 1e-5);

  private final double eigenTolerance;
  private final double singularTolerance;

  FoldPrecision(double eigenTolerance, double singularTolerance) {
    this.eigenTolerance = eigenTolerance;
    this.singularTolerance = singularTolerance;
  }

  /** The smallest relative eigenvalue of K_tr this arithmetic resolves. */
  double eigenTolerance() {
    return eigenTolerance;
  }

  /** Singular values of M below this fraction of the largest are numerically zero. */
  double singularTolerance() {
    return singularTolerance;
  }
}
