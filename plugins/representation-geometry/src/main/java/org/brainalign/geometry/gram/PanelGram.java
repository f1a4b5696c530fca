package org.brainalign.geometry.gram;

import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.bytedeco.openblas.global.openblas;

/**
 * The Gram matrix K = Z Zᵀ {@code (n × n)} of Z = (X − shift) / scale over all rows, accumulated over
 * column panels
 * of X with BLAS dsyrk, so that only one {@code (n × panel)} block of a wide matrix is in memory.
 */
public final class PanelGram {
  /** Upper bound on one column panel, in bytes. */
  private static final long MAX_PANEL_BYTES = 256L << 20;

  private PanelGram() {}

  /**
   * @param shift subtracted from each column (length p)
   * @param scale each column divided by it after shifting, or {@code null}
   * @param label for progress, e.g. "gram x"
   * @return the symmetric {@code (n × n)} matrix (the same array in row- and column-major order)
   */
  public static double[] compute(Matrix x, double[] shift, double[] scale, RunContext context,
      String label) {
    int n = x.rows();
    int p = x.columns();
    long budget = Math.max(1L << 20, Math.min(MAX_PANEL_BYTES, context.memoryBudget() / 4));
    int width = (int) Math.max(1, Math.min(p, budget / (8L * n)));
    double[] panel = new double[n * width];
    double[] k = new double[n * n];
    try (Progress progress = context.progress(label, p)) {
      for (int c0 = 0; c0 < p; c0 += width) {
        int w = Math.min(width, p - c0);
        x.readBlock(0, n, c0, c0 + w, panel);
        for (int i = 0; i < n; i++) {
          int base = i * w;
          for (int c = 0; c < w; c++) {
            double v = panel[base + c] - shift[c0 + c];
            panel[base + c] = scale == null ? v : v / scale[c0 + c];
          }
        }
        // The row-major (n × w) panel is the column-major (w × n) matrix Zᵀ: K += (Zᵀ)ᵀ Zᵀ,
        // lower triangle only (dsyrk: half the multiply-adds of dgemm).
        openblas.cblas_dsyrk(openblas.CblasColMajor, openblas.CblasLower, openblas.CblasTrans,
            n, w, 1.0, panel, w, 1.0, k, n);
        progress.advance(w);
      }
    }
    for (int j = 0; j < n; j++) {
      for (int i = j + 1; i < n; i++) {
        k[j + i * n] = k[i + j * n];
      }
    }
    return k;
  }
}
