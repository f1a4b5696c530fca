package org.brainalign.geometry.gram;

import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * The Gram matrix K = Z Zᵀ {@code (n × n)} of Z = (X − shift) / scale over all rows, accumulated over
 * column panels of X with BLAS syrk, so that only one {@code (n × panel)} block of a wide matrix is in
 * memory. In {@link GramPrecision#DOUBLE} panels are float64 and multiplied with dsyrk; in
 * {@link GramPrecision#SINGLE} they are float32 (read without widening from float32 stores) and each
 * panel's product, from ssyrk, is added into the float64 K.
 */
public final class PanelGram {
  /** Upper bound on one column panel, in bytes. */
  private static final long MAX_PANEL_BYTES = 256L << 20;
  /**
   * Upper bound on the heap buffer that rows of a panel are read into, in bytes: several rows per
   * read, so that a reader's per-call scratch is paid per chunk of rows, not per row (#8: the heap
   * the Gram stage allocates grows with neither n·p nor the number of panels' rows).
   */
  private static final long MAX_CHUNK_BYTES = 4L << 20;

  private PanelGram() {}

  /** {@link #compute(Matrix, double[], double[], RunContext, String, GramPrecision)} in double. */
  public static double[] compute(Matrix x, double[] shift, double[] scale, RunContext context,
      String label) {
    return compute(x, shift, scale, context, label, GramPrecision.DOUBLE);
  }

  /**
   * @param shift subtracted from each column (length p)
   * @param scale each column divided by it after shifting, or {@code null}
   * @param label for progress, e.g. "gram x"
   * @param precision the arithmetic of the panel products (see {@link GramPrecision})
   * @return the symmetric {@code (n × n)} matrix (the same array in row- and column-major order)
   */
  public static double[] compute(Matrix x, double[] shift, double[] scale, RunContext context,
      String label, GramPrecision precision) {
    int n = x.rows();
    int p = x.columns();
    int elementBytes = precision == GramPrecision.SINGLE ? 4 : 8;
    long budget = Math.max(1L << 20, Math.min(MAX_PANEL_BYTES, context.memoryBudget() / 4));
    int width = (int) Math.max(1, Math.min(p, budget / ((long) elementBytes * n)));
    double[] k = new double[n * n];
    try (Progress progress = context.progress(label, p)) {
      if (precision == GramPrecision.SINGLE) {
        single(x, shift, scale, width, k, progress);
      } else {
        dual(x, shift, scale, width, k, progress);
      }
    }
    for (int j = 0; j < n; j++) {
      for (int i = j + 1; i < n; i++) {
        k[j + i * n] = k[i + j * n];
      }
    }
    return k;
  }

  /** Rows of one panel read per call, so that the read buffer stays under MAX_CHUNK_BYTES. */
  private static int chunkRows(int n, int width, int elementBytes) {
    return (int) Math.max(1, Math.min(n, MAX_CHUNK_BYTES / ((long) elementBytes * width)));
  }

  /**
   * The float64 route: column panels widened and shifted into float64 and multiplied by dsyrk
   * (see {@link #pipeline} for the overlap).
   */
  private static void dual(Matrix x, double[] shift, double[] scale, int width, double[] k,
      Progress progress) {
    int n = x.rows();
    int p = x.columns();
    int w0 = pipelinedWidth(width, p);
    double[] chunk = new double[chunkRows(n, w0, 8) * w0];
    // Off the heap: BLAS reads the panels in place, with no JNI copy of a heap array per call.
    try (DoublePointer a = new DoublePointer((long) n * w0);
        DoublePointer b = new DoublePointer((long) n * w0);
        DoublePointer product = new DoublePointer(k)) {
      DoublePointer[] panels = {a, b};
      pipeline(p, w0, new Panels() {
        @Override
        public void fill(int slot, int c0, int w) {
          fillDouble(x, shift, scale, c0, w, panels[slot], chunk);
        }

        @Override
        public void multiply(int slot, int w) {
          // The row-major (n × w) panel is the column-major (w × n) matrix Zᵀ: K += (Zᵀ)ᵀ Zᵀ,
          // lower triangle only (dsyrk: half the multiply-adds of dgemm).
          openblas.cblas_dsyrk(openblas.CblasColMajor, openblas.CblasLower, openblas.CblasTrans,
              n, w, 1.0, panels[slot].position(0), w, 1.0, product, n);
          progress.advance(w);
        }
      });
      product.position(0).get(k);
    }
  }

  /**
   * The single route: column panels shifted and scaled in float32 and multiplied by ssyrk, each
   * panel's product (beta 0) then summed column by column into the float64 K, so that the float
   * rounding error of K is that of one panel, whatever the number of panels.
   */
  private static void single(Matrix x, double[] shift, double[] scale, int width, double[] k,
      Progress progress) {
    int n = x.rows();
    int p = x.columns();
    int w0 = pipelinedWidth(width, p);
    float[] chunk = new float[chunkRows(n, w0, 4) * w0];
    float[] shiftF = new float[w0];
    float[] factorF = new float[w0];
    float[] column = new float[n];
    try (FloatPointer a = new FloatPointer((long) n * w0);
        FloatPointer b = new FloatPointer((long) n * w0);
        FloatPointer product = new FloatPointer((long) n * n)) {
      FloatPointer[] panels = {a, b};
      pipeline(p, w0, new Panels() {
        @Override
        public void fill(int slot, int c0, int w) {
          for (int c = 0; c < w; c++) {
            shiftF[c] = (float) shift[c0 + c];
            factorF[c] = scale == null ? 1f : (float) (1.0 / scale[c0 + c]);
          }
          fillSingle(x, shiftF, factorF, c0, w, panels[slot], chunk);
        }

        @Override
        public void multiply(int slot, int w) {
          openblas.cblas_ssyrk(openblas.CblasColMajor, openblas.CblasLower, openblas.CblasTrans,
              n, w, 1f, panels[slot].position(0), w, 0f, product, n);
          for (int j = 0; j < n; j++) {
            int from = j * n + j;
            product.position(from).get(column, 0, n - j);
            for (int i = 0; i < n - j; i++) {
              k[from + i] += column[i];
            }
          }
          product.position(0);
          progress.advance(w);
        }
      });
    }
  }

  /** One route's work on a panel: filled by the reader thread, multiplied by the caller's. */
  private interface Panels {
    /** Columns {@code [c0, c0 + w)} into buffer {@code slot} (0 or 1). */
    void fill(int slot, int c0, int w);

    /** Buffer {@code slot}'s {@code w} columns into the product. */
    void multiply(int slot, int w);
  }

  /**
   * Panels of width {@code w0} over p columns, read by a reader thread into one of two off-heap
   * buffers while the caller multiplies the other, so that reading, converting and shifting the next
   * columns (about a tenth of the product's time on 2 cores) overlaps the product. Each buffer holds
   * half the panel budget. A reader's failure is rethrown to the caller.
   */
  private static void pipeline(int p, int w0, Panels panels) {
    ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "gram-panel-reader");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<?> next = reader.submit(() -> panels.fill(0, 0, Math.min(w0, p)));
      int j = 0;
      for (int c0 = 0; c0 < p; c0 += w0, j++) {
        await(next);
        int c1 = c0 + w0;
        if (c1 < p) {
          int slot = (j + 1) % 2;
          next = reader.submit(() -> panels.fill(slot, c1, Math.min(w0, p - c1)));
        }
        panels.multiply(j % 2, Math.min(w0, p - c0));
      }
    } finally {
      reader.shutdownNow();
    }
  }

  /**
   * The panel width of the pipelined route: half the budget's (two buffers), and at most an eighth
   * of the columns (at least {@value #MIN_PIPELINED_WIDTH}), so that there are panels to overlap.
   */
  static int pipelinedWidth(int width, int p) {
    int eighth = (int) Math.min(Integer.MAX_VALUE, (p + 7L) / 8);
    return Math.max(1, Math.min(p, Math.min(Math.max(1, width / 2),
        Math.max(MIN_PIPELINED_WIDTH, eighth))));
  }

  private static final int MIN_PIPELINED_WIDTH = 512;

  /** Columns {@code [c0, c0 + w)} of X, shifted and scaled, into {@code panel} as (n × w) rows. */
  private static void fillDouble(Matrix x, double[] shift, double[] scale, int c0, int w,
      DoublePointer panel, double[] chunk) {
    int n = x.rows();
    int rowsPerRead = Math.max(1, chunk.length / w);
    for (int i0 = 0; i0 < n; i0 += rowsPerRead) {
      int rows = Math.min(rowsPerRead, n - i0);
      x.readBlock(i0, i0 + rows, c0, c0 + w, chunk);
      for (int r = 0; r < rows; r++) {
        int at = r * w;
        for (int c = 0; c < w; c++) {
          double v = chunk[at + c] - shift[c0 + c];
          chunk[at + c] = scale == null ? v : v / scale[c0 + c];
        }
      }
      panel.position((long) i0 * w).put(chunk, 0, rows * w);
    }
    panel.position(0);
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading a Gram panel", e);
    }
  }

  /**
   * Columns {@code [c0, c0 + w)} of X as float32, {@code (x − shift) · factor}, into {@code panel}
   * as (n × w) rows.
   */
  private static void fillSingle(Matrix x, float[] shift, float[] factor, int c0, int w,
      FloatPointer panel, float[] chunk) {
    int n = x.rows();
    int rowsPerRead = Math.max(1, chunk.length / w);
    for (int i0 = 0; i0 < n; i0 += rowsPerRead) {
      int rows = Math.min(rowsPerRead, n - i0);
      x.readBlock(i0, i0 + rows, c0, c0 + w, chunk);
      for (int r = 0; r < rows; r++) {
        int at = r * w;
        for (int c = 0; c < w; c++) {
          chunk[at + c] = (chunk[at + c] - shift[c]) * factor[c];
        }
      }
      panel.position((long) i0 * w).put(chunk, 0, rows * w);
    }
    panel.position(0);
  }
}
