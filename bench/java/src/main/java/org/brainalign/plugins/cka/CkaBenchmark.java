package org.brainalign.plugins.cka;

import java.util.List;
import org.brainalign.bench.BenchmarkHarness;

/**
 * In-process timing of {@code cka} on data held in memory (no file reading, no JVM start).
 * Arguments {@code N P Q [REPS [THREADS]]} (default 1000 20000 500 3 1).
 */
public final class CkaBenchmark {
  private CkaBenchmark() {}

  public static void main(String[] args) {
    BenchmarkHarness.Sizes sizes = BenchmarkHarness.Sizes.parse(args);
    BenchmarkHarness.time(sizes, BenchmarkHarness.input(sizes, 1L), List.of("cka"),
        List.of(new CkaMetric(null)));
  }
}
