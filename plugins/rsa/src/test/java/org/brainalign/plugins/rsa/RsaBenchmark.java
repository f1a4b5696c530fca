package org.brainalign.plugins.rsa;

import java.util.List;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.geometry.rdm.Dissimilarity;
import org.brainalign.geometry.rdm.RdmComparison;
import org.brainalign.geometry.testing.BenchmarkHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * In-process timing of {@code rsa} on data held in memory (no file reading, no
 * JVM start), default n = 1000, p = 20000, q = 500. Skipped unless
 * {@code -Dbrainalign.bench=true}:
 * {@code mvn -B -q -o -pl plugins/rsa test -Dtest=RsaBenchmark -Dbrainalign.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. Sizes: {@code -Dbench.n -Dbench.p -Dbench.q}; both
 * RDM kinds, on the features and on a cached Gram matrix ({@code examples/benchmarks/gram_routes.sh}).
 */
@EnabledIfSystemProperty(named = "brainalign.bench", matches = "true")
class RsaBenchmark {

  @Test
  void time() {
    AlignmentInput input = BenchmarkHarness.input(1L);
    List<AlignmentMetric> metrics = List.of(
        new RsaMetric(Dissimilarity.CORRELATION, RdmComparison.SPEARMAN, false, "auto"),
        new RsaMetric(Dissimilarity.EUCLIDEAN, RdmComparison.SPEARMAN, false, "auto"));
    // Features route, then the Gram route on x's cached Gram matrix (auto picks it for p > n).
    BenchmarkHarness.time(input, metrics);
    BenchmarkHarness.time(BenchmarkHarness.withCachedGram(input), metrics);
  }
}
