package org.brainalign.plugins.rsa;

import org.brainalign.api.matrix.Matrix;
import smile.math.blas.BLAS;
import smile.math.blas.Layout;
import smile.math.blas.Transpose;

/**
 * The Gram matrix {@code G = A Aᵀ} of selected rows of a matrix, {@code (n × n)} for {@code n}
 * selected rows, computed by BLAS {@code dgemm} over pairs of row blocks.
 *
 * <p>Rows are taken in blocks and only the block pairs on and below the diagonal are multiplied
 * (G is symmetric), so with k blocks the work is (k + 1) / 2k of a full {@code n² p} product. When
 * the selected rows fit in half the memory budget every block is read once and kept; otherwise
 * blocks are sized to the budget and each off-diagonal pair costs one more read, so wide on-disk
 * matrices ({@code p} ≫ {@code n}) never have to be held whole.
 */
final class Gram {
  /** Blocks smaller than this lose more to GEMM overhead than symmetry saves. */
  private static final int MIN_BLOCK = 256;
  /** In-memory inputs are cut into at most this many blocks. */
  private static final int MAX_BLOCKS = 4;

  private Gram() {}

  /**
   * @param m the matrix {@code (rows × p)}
   * @param rows selected row indices, in the order they index {@code G}
   * @param transform applied to every block after it is read (must act row by row)
   * @param memoryBudget bytes the blocks may occupy
   * @return row-major {@code (n × n)} symmetric matrix
   */
  static double[] of(Matrix m, int[] rows, RowTransform transform, long memoryBudget) {
    int n = rows.length;
    int p = m.columns();
    long rowBytes = 8L * Math.max(1, p);
    long fitting = Math.max(1, memoryBudget / 2 / rowBytes);
    boolean inMemory = fitting >= n;
    int block = inMemory
        ? Math.max(Math.min(n, MIN_BLOCK), (n + MAX_BLOCKS - 1) / MAX_BLOCKS)
        : (int) fitting;
    int count = n == 0 ? 0 : (n + block - 1) / block;
    double[][] kept = new double[count][];
    double[] g = new double[Math.multiplyExact(n, n)];
    for (int i = 0; i < count; i++) {
      int bi = i * block;
      int ei = Math.min(n, bi + block);
      double[] a = load(m, rows, bi, ei, transform);
      if (inMemory) {
        kept[i] = a;
      }
      for (int j = 0; j <= i; j++) {
        int bj = j * block;
        int ej = Math.min(n, bj + block);
        double[] b = j == i ? a : inMemory ? kept[j] : load(m, rows, bj, ej, transform);
        multiplyInto(g, n, a, bi, ei, b, bj, ej, p);
      }
    }
    return g;
  }

  private static double[] load(Matrix m, int[] rows, int from, int to, RowTransform t) {
    double[] block = RowBlocks.read(m, rows, from, to);
    t.apply(block, to - from, m.columns(), from);
    return block;
  }

  /** Writes {@code A Bᵀ} into rows {@code [bi, ei)}, columns {@code [bj, ej)} of G and mirrors it. */
  private static void multiplyInto(double[] g, int n, double[] a, int bi, int ei, double[] b,
      int bj, int ej, int p) {
    int ra = ei - bi;
    int rb = ej - bj;
    double[] c = new double[ra * rb];
    if (p > 0) {
      BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.NO_TRANSPOSE, Transpose.TRANSPOSE, ra, rb, p,
          1.0, a, p, b, p, 0.0, c, rb);
    }
    for (int i = 0; i < ra; i++) {
      for (int j = 0; j < rb; j++) {
        double v = c[i * rb + j];
        g[(bi + i) * n + bj + j] = v;
        g[(bj + j) * n + bi + i] = v;
      }
    }
  }
}
