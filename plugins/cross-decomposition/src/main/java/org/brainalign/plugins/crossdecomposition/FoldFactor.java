package org.brainalign.plugins.crossdecomposition;

import org.brainalign.api.extension.OptionChoice;

/**
 * How the dual route factors each fold's training Gram matrix K_tr into some A with A Aᵀ = K_tr.
 * The spectrum needs no more than that (any two such A differ by an orthogonal rotation, which
 * leaves the singular values of A_xᵀ A_y and the test scores unchanged), so the choice is speed.
 */
enum FoldFactor implements OptionChoice {
  /** Pivoted Cholesky (LAPACK dpstrf), A = P L: the default, several times cheaper than eigen. */
  CHOLESKY,
  /**
   * Eigendecomposition K_tr = W Λ Wᵀ, A = W Λ^½ (LAPACK dsyevd, or the host's eigensolver, which
   * always takes this route when the user chose one).
   */
  EIGEN
}
