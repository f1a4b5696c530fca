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

  /** Runs each metric three times on {@code input} and prints wall and process CPU time. */
  public static void time(AlignmentInput input, List<AlignmentMetric> metrics) {
    for (AlignmentMetric m : metrics) {
      for (int rep = 0; rep < 3; rep++) {
        long t = System.nanoTime();
        long cpu = processCpuNanos();
        double score = m.compare(input, RunContext.quiet(1)).score();
        System.out.printf("BENCH %s n=%d p=%d q=%d rep %d: wall %.2f s, process cpu %.2f s (score %.6f)%n",
            m.getClass().getSimpleName(), input.x().rows(), input.x().columns(),
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
