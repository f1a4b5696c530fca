package org.brainalign.plugins.rsa;

import java.util.List;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.bench.BenchmarkHarness;
import org.brainalign.geometry.rdm.Dissimilarity;
import org.brainalign.geometry.rdm.RdmComparison;

/**
 * In-process timing of {@code rsa} on data held in memory (no file reading, no JVM start), both RDM
 * kinds, on the features and on a cached Gram matrix. Run by {@code bench/run gram-routes};
 * arguments {@code N P Q [REPS [THREADS]]} (default 1000 20000 500 3 1).
 */
public final class RsaBenchmark {
  private RsaBenchmark() {}

  private static final List<String> LABELS = List.of("rsa-correlation", "rsa-euclidean");

  public static void main(String[] args) {
    BenchmarkHarness.Sizes sizes = BenchmarkHarness.Sizes.parse(args);
    AlignmentInput input = BenchmarkHarness.input(sizes, 1L);
    List<AlignmentMetric> metrics = List.of(
        new RsaMetric(Dissimilarity.CORRELATION, RdmComparison.SPEARMAN, false, RdmRoute.AUTO),
        new RsaMetric(Dissimilarity.EUCLIDEAN, RdmComparison.SPEARMAN, false, RdmRoute.AUTO));
    // Features route, then the Gram route on x's cached Gram matrix (auto picks it for p > n).
    BenchmarkHarness.time(sizes, input, LABELS, metrics);
    BenchmarkHarness.time(sizes, BenchmarkHarness.withCachedGram(input), LABELS, metrics);
  }
}
