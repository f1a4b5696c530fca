package org.brainalign.plugins.encoding;

import java.util.List;
import org.brainalign.api.extension.Options;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.bench.BenchmarkHarness;
import org.brainalign.geometry.rdm.Dissimilarity;
import org.brainalign.geometry.rdm.RdmComparison;

/**
 * In-process timing of {@code encoding} and {@code versa} on data held in memory (no file reading,
 * no JVM start), 8 folds, 17 alphas, with and without a cached Gram matrix. Run by
 * {@code bench/run gram-routes}; arguments {@code N P Q [REPS [THREADS]]} (default 1000 20000 500 3 1).
 */
public final class EncodingBenchmark {
  private EncodingBenchmark() {}

  private static final List<String> LABELS = List.of("encoding", "versa");

  public static void main(String[] args) {
    BenchmarkHarness.Sizes sizes = BenchmarkHarness.Sizes.parse(args);
    EncodingSettings s = new EncodingSettings(
        Options.defaults("encoding", EncodingSettings.options()).get(EncodingSettings.ALPHAS),
        8, 0);
    AlignmentInput input = BenchmarkHarness.input(sizes, 1L);
    List<AlignmentMetric> metrics = List.<AlignmentMetric>of(new EncodingMetric(s),
        new VersaMetric(s, Dissimilarity.CORRELATION, RdmComparison.SPEARMAN, false));
    // Gram matrix computed per call, then the host's cached one (as in a study).
    BenchmarkHarness.time(sizes, input, LABELS, metrics);
    BenchmarkHarness.time(sizes, BenchmarkHarness.withCachedGram(input), LABELS, metrics);
  }
}
