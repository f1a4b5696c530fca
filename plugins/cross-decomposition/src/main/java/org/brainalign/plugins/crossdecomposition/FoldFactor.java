package org.brainalign.plugins.crossdecomposition;

import java.util.Locale;

/**
 * How the dual route factors each fold's training Gram matrix K_tr into some A with A Aᵀ = K_tr.
 * The spectrum needs no more than that (any two such A differ by an orthogonal rotation, which
 * leaves the singular values of A_xᵀ A_y and the test scores unchanged), so the choice is speed.
 */
enum FoldFactor {
  /** Pivoted Cholesky (LAPACK dpstrf), A = P L: the default, several times cheaper than eigen. */
  CHOLESKY,
  /**
   * Eigendecomposition K_tr = W Λ Wᵀ, A = W Λ^½ (LAPACK dsyevd, or the host's eigensolver, which
   * always takes this route when the user chose one).
   */
  EIGEN;

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static FoldFactor of(String id) {
    for (FoldFactor f : values()) {
      if (f.id().equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException(id);
  }
}
