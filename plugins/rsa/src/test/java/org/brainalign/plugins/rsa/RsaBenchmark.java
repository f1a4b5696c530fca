package org.brainalign.plugins.rsa;

import java.util.List;
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
 * -Dsurefire.failIfNoSpecifiedTests=false}. Sizes: {@code -Dbench.n -Dbench.p -Dbench.q}.
 */
@EnabledIfSystemProperty(named = "brainalign.bench", matches = "true")
class RsaBenchmark {

  @Test
  void time() {
    BenchmarkHarness.time(BenchmarkHarness.input(1L),
        List.of(new RsaMetric(Dissimilarity.CORRELATION, RdmComparison.SPEARMAN, false, "auto")));
  }
}
