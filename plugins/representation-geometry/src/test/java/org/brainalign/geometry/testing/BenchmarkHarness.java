package org.brainalign.geometry.testing;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Random;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.run.RunContext;

/**
 * In-process timing of a metric on data held in memory (no file reading, no JVM start), shared by
 * the metric plugins' {@code *Benchmark} tests. Sizes from {@code -Dbench.n -Dbench.p -Dbench.q},
 * default n = 1000, p = 20000, q = 500.
 */
public final class BenchmarkHarness {
  private BenchmarkHarness() {}

  /**
   * Seeded synthetic input: x {@code (n × p)} standard normal, y {@code (n × q)} a noisy copy of
   * x's first units (column {@code j} of y is unit {@code j mod min(p, 50)} plus noise).
   */
  public static AlignmentInput input(long seed) {
    int n = Integer.getInteger("bench.n", 1000);
    int p = Integer.getInteger("bench.p", 20000);
    int q = Integer.getInteger("bench.q", 500);
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
    System.out.printf("BENCH centred Gram n=%d p=%d (once per layer, cached): wall %.2f s%n",
        x.rows(), x.columns(), (System.nanoTime() - t) / 1e9);
    Cached cached = new Cached(x, k);
    return new AlignmentInput(new LabelledMatrix(input.x().name(), cached, input.x().rowIds(),
        input.x().columnIds()), input.y(), input.splits());
  }

  /** Features with a fixed, already computed centred Gram matrix. */
  private record Cached(DenseMatrix x, DenseMatrix gram)
      implements org.brainalign.api.matrix.Matrix, org.brainalign.api.matrix.CentredGram {
    @Override
    public DenseMatrix centredGram(RunContext context) {
      return gram;
    }

    @Override
    public int rows() {
      return x.rows();
    }

    @Override
    public int columns() {
      return x.columns();
    }

    @Override
    public void readRows(int from, int to, double[] dst) {
      x.readRows(from, to, dst);
    }
  }

  /**
   * Runs each metric {@code -Dbench.reps} times (default 3) on {@code input} and prints wall and
   * process CPU time.
   */
  public static void time(AlignmentInput input, List<AlignmentMetric> metrics) {
    int reps = Integer.getInteger("bench.reps", 3);
    for (AlignmentMetric m : metrics) {
      for (int rep = 0; rep < reps; rep++) {
        long t = System.nanoTime();
        long cpu = processCpuNanos();
        double score = m.compare(input, RunContext.quiet(threads())).score();
        System.out.printf("BENCH %s%s n=%d p=%d q=%d rep %d: wall %.2f s, process cpu %.2f s (score %.6f)%n",
            m.getClass().getSimpleName(),
            input.x().data() instanceof Cached ? " (cached Gram)" : "", input.x().rows(), input.x().columns(),
            input.y().columns(), rep, (System.nanoTime() - t) / 1e9,
            (processCpuNanos() - cpu) / 1e9, score);
      }
    }
  }

  /** {@code -Dbench.threads}, default 1 (OpenBLAS threads follow OPENBLAS_NUM_THREADS). */
  private static int threads() {
    return Integer.getInteger("bench.threads", 1);
  }

  /** CPU time of the whole JVM process, OpenBLAS worker threads included. */
  public static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
