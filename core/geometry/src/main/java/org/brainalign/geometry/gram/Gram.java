package org.brainalign.geometry.gram;

import org.brainalign.api.matrix.Matrix;
import org.bytedeco.openblas.global.openblas;
import smile.math.blas.BLAS;
import smile.math.blas.Layout;
import smile.math.blas.Transpose;

/**
 * The Gram matrix {@code G = A Aᵀ} of selected rows of a matrix, {@code (n × n)} for {@code n}
 * selected rows, by BLAS over row blocks: dsyrk for a block with itself (lower triangle only, half
 * the multiply-adds of dgemm) and dgemm for a pair of blocks below the diagonal.
 *
 * <p>When the selected rows fit in half the memory budget they form one block, read once: the work
 * is n²p/2 multiply-adds. Otherwise blocks are sized to the budget and each block pair below the
 * diagonal costs one more read, so wide on-disk matrices ({@code p} ≫ {@code n}) never have to be
 * held whole.
 */
public final class Gram {
  private Gram() {}

  /**
   * @param m the matrix {@code (rows × p)}
   * @param rows selected row indices, in the order they index {@code G}
   * @param transform applied to every block after it is read (must act row by row)
   * @param memoryBudget bytes the blocks may occupy
   * @return row-major {@code (n × n)} symmetric matrix
   */
  public static double[] of(Matrix m, int[] rows, RowTransform transform, long memoryBudget) {
    int n = rows.length;
    int p = m.columns();
    long rowBytes = 8L * Math.max(1, p);
    int block = (int) Math.max(1, Math.min(n, memoryBudget / 2 / rowBytes));
    double[] g = new double[Math.multiplyExact(n, n)];
    for (int bi = 0; bi < n; bi += block) {
      int ei = Math.min(n, bi + block);
      double[] a = load(m, rows, bi, ei, transform);
      for (int bj = 0; bj <= bi; bj += block) {
        int ej = Math.min(n, bj + block);
        if (bj == bi) {
          squareInto(g, n, a, bi, ei, p);
        } else {
          multiplyInto(g, n, a, bi, ei, load(m, rows, bj, ej, transform), bj, ej, p);
        }
      }
    }
    return g;
  }

  private static double[] load(Matrix m, int[] rows, int from, int to, RowTransform t) {
    double[] block = RowBlocks.read(m, rows, from, to);
    t.apply(block, to - from, m.columns(), from);
    return block;
  }

  /** Writes {@code A Aᵀ} into the diagonal block {@code [bi, ei)²} of G. */
  private static void squareInto(double[] g, int n, double[] a, int bi, int ei, int p) {
    int r = ei - bi;
    double[] c = new double[r * r];
    if (p > 0) {
      // Row-major A (r × p): C = A Aᵀ, lower triangle (row-major) filled.
      openblas.cblas_dsyrk(openblas.CblasRowMajor, openblas.CblasLower, openblas.CblasNoTrans,
          r, p, 1.0, a, p, 0.0, c, r);
    }
    for (int i = 0; i < r; i++) {
      for (int j = 0; j <= i; j++) {
        double v = c[i * r + j];
        g[(bi + i) * n + bi + j] = v;
        g[(bi + j) * n + bi + i] = v;
      }
    }
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
