package org.brainalign.plugins.rsa;

import java.util.List;
import java.util.Random;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * In-process timing of {@code rsa} on data held in memory (no file reading, no
 * JVM start), default n = 1000, p = 20000, q = 500. Skipped unless
 * {@code -Dbrainalign.bench=true}:
 * {@code mvn -B -q -o -pl plugins/rsa test -Dtest=RsaBenchmark -Dbrainalign.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. Sizes: {@code -Dbench.n -Dbench.p -Dbench.q}.
 */
@EnabledIfSystemProperty(named = "brainalign.bench", matches = "true")
class RsaBenchmark {

  static LabelledMatrix[] data(long seed) {
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
    return new LabelledMatrix[] {LabelledMatrix.unlabelled("x", new DenseMatrix(n, p, x)),
        LabelledMatrix.unlabelled("y", new DenseMatrix(n, q, y))};
  }

  @Test
  void time() {
    LabelledMatrix[] d = data(1L);
    AlignmentInput input = new AlignmentInput(d[0], d[1], List.of());
    AlignmentMetric m = new RsaMetric(Dissimilarity.CORRELATION, RdmComparison.SPEARMAN, false);
    for (int rep = 0; rep < 3; rep++) {
      long t = System.nanoTime();
      long cpu = processCpuNanos();
      double score = m.compare(input, RunContext.quiet(1)).score();
      System.out.printf("BENCH %s n=%d p=%d q=%d rep %d: wall %.2f s, process cpu %.2f s (score %.6f)%n",
          m.getClass().getSimpleName(), d[0].rows(), d[0].columns(), d[1].columns(), rep,
          (System.nanoTime() - t) / 1e9, (processCpuNanos() - cpu) / 1e9, score);
    }
  }

  /** CPU time of the whole JVM process, OpenBLAS worker threads included. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
