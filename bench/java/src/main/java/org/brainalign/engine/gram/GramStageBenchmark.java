package org.brainalign.engine.gram;

import java.nio.file.Path;
import java.util.Locale;
import org.brainalign.api.run.RunContext;
import org.brainalign.formats.npy.NpyMatrix;
import org.brainalign.geometry.gram.ColumnStats;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.geometry.gram.PanelGram;
import org.bytedeco.openblas.global.openblas;

/**
 * Times the Gram stage alone (K = Z Zᵀ of the column-centred features, {@link PanelGram}) from a
 * {@code .npy} file, in double and single precision, against this machine's dgemm and sgemm peak
 * measured in the same run (an m × m × m GEMM, m = 4000 unless given). Run by hand, not a unit
 * test: {@code bench/run gram-stage}.
 *
 * <p>Arguments: the {@code .npy} file, repetitions (default 2), the GEMM size m (default 4000), and
 * optionally {@code baseline}:
 * time only the double-precision five-argument {@code PanelGram.compute}, which older builds also
 * have, so that their classes can be put first on the class path and compared. FLOPs of the Gram stage are those of
 * syrk, n(n+1)p (n(n+1)/2 · p multiply-adds); of a GEMM, 2mnk.
 */
public final class GramStageBenchmark {
  private GramStageBenchmark() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int gemm = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
    int threads = Runtime.getRuntime().availableProcessors();
    NpyMatrix x = NpyMatrix.open(file);
    int n = x.rows();
    int p = x.columns();
    RunContext context = RunContext.quiet(threads);
    double sgemm = gemmPeak(true, reps, gemm);
    double dgemm = gemmPeak(false, reps, gemm);
    System.out.printf(Locale.ROOT, "file %s: n=%d p=%d %s; %d cores, OpenBLAS threads from OPENBLAS_NUM_THREADS or %d cores, "
        + "heap %d MB, memory budget %d MB%n", file, n, p, x.header().dtype().descr(), threads,
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        context.memoryBudget() >> 20);
    System.out.printf(Locale.ROOT, "peak sgemm %d^3: %.1f GFLOP/s; dgemm %d^3: %.1f GFLOP/s%n",
        gemm, sgemm, gemm, dgemm);
    long t0 = System.nanoTime();
    double[] mean = ColumnStats.of(x, null, false, "x").mean();
    System.out.printf(Locale.ROOT, "column means (one pass, not in the Gram timings): %.2f s%n",
        (System.nanoTime() - t0) / 1e9);
    double flops = (double) n * (n + 1) * p;
    if (args.length > 3 && args[3].equals("baseline")) {
      double best = fastest(reps, () -> PanelGram.compute(x, mean, null, context, "gram"));
      double rate = flops / best / 1e9;
      System.out.printf(Locale.ROOT, "gram baseline (double, 5-argument entry): best %.2f s, "
          + "%.1f GFLOP/s = %.0f%% of dgemm peak, %.0f%% of sgemm peak%n", best, rate,
          100 * rate / dgemm, 100 * rate / sgemm);
      return;
    }
    double[] kd = null;
    double[] ks = null;
    for (GramPrecision precision : new GramPrecision[] {GramPrecision.SINGLE,
        GramPrecision.DOUBLE}) {
      double best = Double.MAX_VALUE;
      for (int r = 0; r < reps; r++) {
        long s = System.nanoTime();
        double[] k = PanelGram.compute(x, mean, null, context, "gram", precision);
        double sec = (System.nanoTime() - s) / 1e9;
        best = Math.min(best, sec);
        System.out.printf(Locale.ROOT, "  gram %s run %d: %.2f s%n", precision.id(), r + 1, sec);
        if (precision == GramPrecision.SINGLE) {
          ks = k;
        } else {
          kd = k;
        }
      }
      double rate = flops / best / 1e9;
      double peak = precision == GramPrecision.SINGLE ? sgemm : dgemm;
      System.out.printf(Locale.ROOT, "gram %s: best %.2f s, %.1f GFLOP/s = %.0f%% of %s peak, "
          + "%.0f%% of sgemm peak%n", precision.id(), best, rate, 100 * rate / peak,
          precision == GramPrecision.SINGLE ? "sgemm" : "dgemm", 100 * rate / sgemm);
    }
    double top = 0;
    double worst = 0;
    for (int i = 0; i < kd.length; i++) {
      top = Math.max(top, Math.abs(kd[i]));
      worst = Math.max(worst, Math.abs(kd[i] - ks[i]));
    }
    System.out.printf(Locale.ROOT, "max |K_single - K_double| / max |K_double| = %.2e%n",
        worst / top);
  }

  /** Best GFLOP/s of a square m GEMM over {@code reps} runs (after one untimed). */
  private static double gemmPeak(boolean single, int reps, int m) {
    java.util.Random rng = new java.util.Random(1);
    Runnable gemm;
    if (single) {
      float[] a = new float[m * m];
      float[] b = new float[m * m];
      float[] c = new float[m * m];
      for (int i = 0; i < a.length; i++) {
        a[i] = (float) rng.nextGaussian();
        b[i] = (float) rng.nextGaussian();
      }
      gemm = () -> openblas.cblas_sgemm(openblas.CblasColMajor, openblas.CblasNoTrans,
          openblas.CblasNoTrans, m, m, m, 1f, a, m, b, m, 0f, c, m);
    } else {
      double[] a = new double[m * m];
      double[] b = new double[m * m];
      double[] c = new double[m * m];
      for (int i = 0; i < a.length; i++) {
        a[i] = rng.nextGaussian();
        b[i] = rng.nextGaussian();
      }
      gemm = () -> openblas.cblas_dgemm(openblas.CblasColMajor, openblas.CblasNoTrans,
          openblas.CblasNoTrans, m, m, m, 1.0, a, m, b, m, 0.0, c, m);
    }
    gemm.run(); // untimed
    return 2.0 * m * m * m / fastest(reps, gemm) / 1e9;
  }

  /** The shortest of {@code reps} timed runs of {@code call}, in seconds. */
  private static double fastest(int reps, Runnable call) {
    double best = Double.MAX_VALUE;
    for (int r = 0; r < reps; r++) {
      long s = System.nanoTime();
      call.run();
      best = Math.min(best, (System.nanoTime() - s) / 1e9);
    }
    return best;
  }
}
