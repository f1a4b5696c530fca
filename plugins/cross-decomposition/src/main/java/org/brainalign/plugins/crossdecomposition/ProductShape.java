package org.brainalign.plugins.crossdecomposition;

/**
 * The shape of a BLAS product {@code op(A) · op(B)}, {@code (m × k) · (k × n)}, where {@code op} is
 * the identity or the transpose: what {@link ColumnMajor#times} (dgemm) and {@link FloatMatrix#times}
 * (sgemm) pass as {@code m, n, k}.
 *
 * @param m rows of {@code op(A)} and of the product
 * @param n columns of {@code op(B)} and of the product
 * @param k columns of {@code op(A)}, rows of {@code op(B)}
 */
record ProductShape(int m, int n, int k) {

  /**
   * @throws IllegalArgumentException when the inner dimensions of {@code op(A)} and {@code op(B)}
   *     differ
   */
  static ProductShape of(int aRows, int aCols, boolean transposeA, int bRows, int bCols,
      boolean transposeB) {
    int k = transposeA ? aRows : aCols;
    int k2 = transposeB ? bCols : bRows;
    if (k != k2) {
      throw new IllegalArgumentException("inner dimensions differ: " + k + " and " + k2);
    }
    return new ProductShape(transposeA ? aCols : aRows, transposeB ? bRows : bCols, k);
  }

  /** Whether the product is empty or sums no terms, so that it is all zeros without BLAS. */
  boolean trivial() {
    return m == 0 || n == 0 || k == 0;
  }
}
