package org.brainalign.plugins.torchcompute;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.brainalign.api.compute.GramBackend;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.gram.BlasGramBackend;
import org.brainalign.formats.npy.NpyMatrix;

/**
 * Times the centred Gram matrix of a {@code .npy} file on the torch backend against the BLAS
 * backend (double and single), best of REPS each, and prints the largest difference relative to the
 * largest entry of the float64 result. Run by hand, not a unit test:
 * {@code bench/run torch-gram}. Arguments: the file, REPS, and the torch device option
 * ({@code auto}, {@code cpu} or {@code gpu}). Rates count the multiply-adds of the centred Gram
 * matrix, n²p (torch's gemm does all of them; syrk does half and mirrors), as n²p·2 FLOP / s.
 */
public final class TorchGramBenchmark {
  private TorchGramBenchmark() {}

  public static void main(String[] args) {
    NpyMatrix x = NpyMatrix.open(Path.of(args[0]));
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    String device = args.length > 2 ? args[2] : "auto";
    int threads = Runtime.getRuntime().availableProcessors();
    RunContext context = RunContext.quiet(threads);
    int n = x.rows();
    int p = x.columns();
    System.out.printf(Locale.ROOT, "file %s: n=%d p=%d %s; %d cores; heap %d MB, memory budget %d MB%n",
        args[0], n, p, x.header().dtype().descr(), threads, Runtime.getRuntime().maxMemory() >> 20,
        context.memoryBudget() >> 20);
    TorchGramBackendProvider provider = new TorchGramBackendProvider();
    GramBackend torch = provider.create(Options.parse(provider.id(), provider.options(),
        Map.of("device", device)));
    DenseMatrix reference = time(new BlasGramBackend(GramPrecision.DOUBLE), x, reps, context, null);
    time(new BlasGramBackend(GramPrecision.SINGLE), x, reps, context, reference);
    time(torch, x, reps, context, reference);
  }

  private static DenseMatrix time(GramBackend b, NpyMatrix x, int reps, RunContext context,
      DenseMatrix reference) {
    DenseMatrix k = null;
    double best = Double.MAX_VALUE;
    for (int r = 0; r < reps; r++) {
      long t0 = System.nanoTime();
      k = b.centredGram(x, "x", context);
      double s = (System.nanoTime() - t0) / 1e9;
      best = Math.min(best, s);
      System.out.printf(Locale.ROOT, "  %s run %d: %.2f s%n", b.describe(), r + 1, s);
    }
    double rate = 2.0 * x.rows() * x.rows() * x.columns() / best / 1e9;
    String diff = "";
    if (reference != null) {
      double d = 0;
      double top = 0;
      for (int i = 0; i < k.data().length; i++) {
        d = Math.max(d, Math.abs(k.data()[i] - reference.data()[i]));
        top = Math.max(top, Math.abs(reference.data()[i]));
      }
      diff = String.format(Locale.ROOT, "; max |Δ| / max |K| vs blas double = %.1e", d / top);
    }
    System.out.printf(Locale.ROOT, "%s: best %.2f s (%.1f GFLOP/s as 2n²p)%s%n", b.describe(), best,
        rate, diff);
    return k;
  }
}
