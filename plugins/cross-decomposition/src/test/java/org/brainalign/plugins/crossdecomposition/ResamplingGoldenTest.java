package org.brainalign.plugins.crossdecomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.table.Table;
import org.junit.jupiter.api.Test;

/**
 * The permutation null and bootstrap against numpy replaying the documented random streams
 * (RandomState(seed + 1 + fold) permutations, RandomState(seed + 1 + folds + fold) randint).
 */
class ResamplingGoldenTest {

  @Test
  void nullQuantilesPValuesAndBootstrapIntervalsMatchNumpy() {
    GoldenCase c = new GoldenCase("primal");
    AlignmentResult r = GoldenCase.run(c.input(true),
        Map.of("permutations", "200", "bootstraps", "100"), 2);
    Table t = GoldenCase.spectrum(r);
    double[][] e = c.expected();
    double[] q = t.numbers("null_quantile");
    double[] p = t.numbers("p_value");
    double[] lo = t.numbers("ci_low");
    double[] hi = t.numbers("ci_high");
    for (int k = 0; k < 10; k++) {
      assertThat(q[k]).as("rank %d null quantile", k + 1).isCloseTo(e[k][4], within(1e-9));
      assertThat(p[k]).as("rank %d p-value", k + 1).isCloseTo(e[k][5], within(1e-12));
      assertThat(lo[k]).as("rank %d ci low", k + 1).isCloseTo(e[k][6], within(1e-9));
      assertThat(hi[k]).as("rank %d ci high", k + 1).isCloseTo(e[k][7], within(1e-9));
    }
    int shared = ((Number) r.summary().get("shared_dimensionality")).intValue();
    assertThat(r.score()).isEqualTo(shared);
    assertThat(shared).isPositive();
    double[] corr = t.numbers("correlation");
    for (int k = 0; k < shared; k++) {
      assertThat(corr[k]).isGreaterThan(q[k]);
    }
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    GoldenCase c = new GoldenCase("primal");
    Map<String, String> o = Map.of("permutations", "300", "bootstraps", "50", "folds", "5");
    Table one = GoldenCase.spectrum(GoldenCase.run(c.input(false), o, 1));
    Table two = GoldenCase.spectrum(GoldenCase.run(c.input(false), o, 2));
    assertThat(two.rows()).isEqualTo(one.rows());
  }
}
