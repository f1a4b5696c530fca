package org.brainalign.api.compute;

/**
 * The eigendecomposition {@code A = V diag(values) Vᵀ} of a symmetric matrix A {@code (n × n)}.
 *
 * @param values the n eigenvalues, in descending order
 * @param vectors V {@code (n × n)}, column-major ({@code vectors[i + j * n]} is component i of the
 *     unit eigenvector of {@code values[j]}); orthonormal columns
 */
public record SymmetricEigen(double[] values, double[] vectors) {
  public SymmetricEigen {
    if ((long) values.length * values.length != vectors.length) {
      throw new IllegalArgumentException("vectors must hold n² = " + (long) values.length
          * values.length + " values for n = " + values.length + " eigenvalues, found "
          + vectors.length);
    }
  }

  /** n, the order of the matrix. */
  public int n() {
    return values.length;
  }
}
