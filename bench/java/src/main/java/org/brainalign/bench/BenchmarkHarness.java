package org.brainalign.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Random;
import org.brainalign.api.matrix.CentredGram;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.ForwardingMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.run.RunContext;

/**
 * In-process timing of a metric on data held in memory (no file reading, no JVM start), shared by
 * the metric plugins' {@code *Benchmark} mains (run by {@code bench/run gram-routes}). Sizes from
 * the arguments {@code N P Q [REPS [THREADS]]} (default 1000 20000 500 3 1, see {@link Sizes}).
 */
public final class BenchmarkHarness {
  private BenchmarkHarness() {}

  /**
   * Seeded synthetic input: x {@code (n × p)} standard normal, y {@code (n × q)} a noisy copy of
   * x's first units (column {@code j} of y is unit {@code j mod min(p, 50)} plus noise).
   */
  public static AlignmentInput input(Sizes sizes, long seed) {
    int n = sizes.n();
    int p = sizes.p();
    int q = sizes.q();
    Random rng = new Random(seed);
    double[] x = new double[n * p];
    for (int i = 0; i < x.length; i++) {
      x[i] = rng.nextGaussian();
    }
    double[] y = new double[n * q];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < q; j++) {
        // y depends on the first units plus noise; cheap to generate for any p.
        y[i * q + j] = x[i * p + (j % Math.min(p, 50))] + rng.nextGaussian();
      }
    }
    return new AlignmentInput(LabelledMatrix.unlabelled("x", new DenseMatrix(n, p, x)),
        LabelledMatrix.unlabelled("y", new DenseMatrix(n, q, y)), List.of());
  }

  /**
   * The same input with x supplying its centred Gram matrix, computed here once (and timed), as a
   * study's cache supplies it: the metric's time on it is its time per cell once the layer's Gram
   * matrix exists.
   */
  public static AlignmentInput withCachedGram(AlignmentInput input) {
    DenseMatrix x = input.x().data().toDense();
    long t = System.nanoTime();
    DenseMatrix k = org.brainalign.geometry.gram.CentredGrams.compute(input.x(),
        RunContext.quiet(Runtime.getRuntime().availableProcessors()));
    System.out.printf(java.util.Locale.ROOT, "BENCH centred Gram n=%d p=%d (once per layer, cached): wall %.2f s%n",
        x.rows(), x.columns(), (System.nanoTime() - t) / 1e9);
    Cached cached = new Cached(x, k);
    return new AlignmentInput(new LabelledMatrix(input.x().name(), cached, input.x().rowIds(),
        input.x().columnIds()), input.y(), input.splits());
  }

  /** Features with a fixed, already computed centred Gram matrix. */
  private static final class Cached extends ForwardingMatrix implements CentredGram {
    private final DenseMatrix gram;

    Cached(DenseMatrix x, DenseMatrix gram) {
      super(x);
      this.gram = gram;
    }

    @Override
    public DenseMatrix centredGram(RunContext context) {
      return gram;
    }
  }

  /**
   * The sizes of a run: x {@code (n × p)}, y {@code (n × q)}, repetitions, and the threads of the
   * run context (OpenBLAS threads follow {@code OPENBLAS_NUM_THREADS}).
   */
  public record Sizes(int n, int p, int q, int reps, int threads) {
    public Sizes {
      if (n < 3 || p < 1 || q < 1 || reps < 1 || threads < 1) {
        throw new IllegalArgumentException("sizes: expected n >= 3 and p, q, reps, threads >= 1, found "
            + n + " " + p + " " + q + " " + reps + " " + threads);
      }
    }

    /** {@code N P Q [REPS [THREADS]]}, each defaulting to 1000 20000 500 3 1. */
    public static Sizes parse(String[] args) {
      int[] d = {1000, 20000, 500, 3, 1};
      for (int i = 0; i < Math.min(args.length, d.length); i++) {
        d[i] = Integer.parseInt(args[i]);
      }
      return new Sizes(d[0], d[1], d[2], d[3], d[4]);
    }
  }

  /**
   * Runs each metric {@code sizes.reps()} times on {@code input} and prints wall and process CPU
   * time, each line named by the metric's label (same order as {@code metrics}).
   */
  public static void time(Sizes sizes, AlignmentInput input, List<String> labels,
      List<AlignmentMetric> metrics) {
    int reps = sizes.reps();
    for (int i = 0; i < metrics.size(); i++) {
      AlignmentMetric m = metrics.get(i);
      for (int rep = 0; rep < reps; rep++) {
        long t = System.nanoTime();
        long cpu = processCpuNanos();
        double score = m.compare(input, RunContext.quiet(sizes.threads())).score();
        System.out.printf(java.util.Locale.ROOT, "BENCH %s%s n=%d p=%d q=%d rep %d: wall %.2f s, process cpu %.2f s (score %.12g)%n",
            labels.get(i),
            input.x().data() instanceof Cached ? " (cached Gram)" : "", input.x().rows(), input.x().columns(),
            input.y().columns(), rep, (System.nanoTime() - t) / 1e9,
            (processCpuNanos() - cpu) / 1e9, score);
      }
    }
  }

  /** CPU time of the whole JVM process, OpenBLAS worker threads included. */
  public static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
