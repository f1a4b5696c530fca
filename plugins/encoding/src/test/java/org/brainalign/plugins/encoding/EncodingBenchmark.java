package org.brainalign.plugins.encoding;

import java.util.List;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.extension.Options;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.geometry.rdm.Dissimilarity;
import org.brainalign.geometry.rdm.RdmComparison;
import org.brainalign.geometry.testing.BenchmarkHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * In-process timing of {@code encoding} and {@code versa} on data held in memory (no file reading, no
 * JVM start), default n = 1000, p = 20000, q = 500, 8 folds, 17 alphas. Skipped unless
 * {@code -Dbrainalign.bench=true}:
 * {@code mvn -B -q -o -pl plugins/encoding test -Dtest=EncodingBenchmark -Dbrainalign.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. Sizes: {@code -Dbench.n -Dbench.p -Dbench.q}; with
 * and without a cached Gram matrix ({@code examples/benchmarks/gram_routes.sh}).
 */
@EnabledIfSystemProperty(named = "brainalign.bench", matches = "true")
class EncodingBenchmark {

  @Test
  void timeEncodingAndVersa() {
    EncodingSettings s = new EncodingSettings(defaultAlphas(), 8, 0);
    AlignmentInput input = BenchmarkHarness.input(1L);
    List<AlignmentMetric> metrics = List.<AlignmentMetric>of(new EncodingMetric(s),
        new VersaMetric(s, Dissimilarity.CORRELATION, RdmComparison.SPEARMAN, false));
    // Gram matrix computed per call, then the host's cached one (as in a study).
    BenchmarkHarness.time(input, metrics);
    BenchmarkHarness.time(BenchmarkHarness.withCachedGram(input), metrics);
  }

  private static double[] defaultAlphas() {
    return Options.defaults("encoding", EncodingSettings.options()).reals("alphas");
  }
}
