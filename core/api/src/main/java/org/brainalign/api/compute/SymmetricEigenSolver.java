package org.brainalign.api.compute;

import java.util.Optional;
import org.brainalign.api.run.RunContext;

/**
 * Eigendecomposes a symmetric matrix: in the cross-decomposition dual route (docs/method.md §2),
 * the training Gram matrix {@code K_tr = W Λ Wᵀ} of every fold, the one O(n³) step of a wide layer.
 *
 * <p>A metric asks the host for one through {@link #offeredBy(RunContext)} and uses its own
 * (Smile/LAPACK dsyevd) when the host offers none; plugins supply others (e.g. {@code torch}:
 * {@code torch.linalg.eigh} through DJL/libtorch, on a GPU when one is configured). The arithmetic
 * is float64 throughout, so results agree with LAPACK's to rounding: eigenvalues to about 1e-12 of
 * the largest, eigenvectors up to sign (and rotation within repeated eigenvalues).
 * Implementations are immutable and safe to call from several threads.
 */
public interface SymmetricEigenSolver {

  /**
   * The eigenvalues (descending) and unit eigenvectors of a symmetric matrix.
   *
   * @param n the order of A, at least 0
   * @param a A {@code (n × n)}, column-major; only its lower triangle is read (as LAPACK dsyevd
   *     with {@code UPLO = L}) and it is not modified
   * @param label names the matrix in progress lines and messages, e.g. {@code "layer3 fold 2"}
   * @throws ArithmeticException when the decomposition fails (non-finite values)
   */
  SymmetricEigen decompose(int n, double[] a, String label, RunContext context);

  /** One line saying what decomposes and where, e.g. {@code "torch eigh on cpu() (float64)"}. */
  String describe();

  /**
   * The symmetric eigensolver the user chose for this run ({@code compute.eigen-backend} of a study,
   * {@code --eigen-backend} of compare), or empty for the metric's own (LAPACK).
   */
  static Optional<SymmetricEigenSolver> offeredBy(RunContext context) {
    return context.offered(SymmetricEigenSolver.class);
  }
}
