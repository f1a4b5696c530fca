package org.brainalign.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brainalign.support.stats.Correlation;
import org.brainalign.support.stats.Ranks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spearman's ρ against hand computations (and scipy.stats.spearmanr, which gives the same). */
class SpearmanTest {
  @Test
  void withoutTiesItIsOneMinusSixSumD2OverNN2Minus1() {
    // ranks 2,4,3,1 vs 1,4,2,3: d = 1,0,1,-2, Σd² = 6, ρ = 1 − 36/60 = 0.4
    assertThat(Correlation.spearman(new double[] {20, 40, 30, 10},
        new double[] {0.1, 0.3, 0.2, 0.25})).isCloseTo(0.4, within(1e-15));
    assertThat(Correlation.spearman(new double[] {1, 2, 3}, new double[] {30, 20, 10}))
        .isCloseTo(-1, within(1e-15));
  }

  @Test
  void tiesTakeTheirAverageRank() {
    // b's ranks: 1, 2, 3.5, 5, 3.5; Σxy = 8, Σx² = 10, Σy² = 9.5, ρ = 8/√95
    // (scipy.stats.spearmanr: 0.8207826816681233)
    double rho = Correlation.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7});
    assertThat(rho).isCloseTo(8 / Math.sqrt(95), within(1e-15))
        .isCloseTo(0.8207826816681233, within(1e-15));
    assertThat(Ranks.average(new double[] {5, 6, 7, 8, 7})).containsExactly(1, 2, 3.5, 5, 3.5);
  }

  @Test
  void undefinedForConstantOrTooShortInput() {
    assertThat(Correlation.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
    assertThat(Correlation.spearman(new double[] {1}, new double[] {2})).isNaN();
  }

  @Test
  void metricAgreementOfTheSyntheticStudy(@TempDir Path dir) throws IOException {
    StudyGrid grid = new StudyGrid(StudyResults.read(SyntheticStudy.write(dir)));
    List<MetricAgreement.Row> rows = MetricAgreement.rows(grid);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).roi()).isEqualTo("early");
    assertThat(rows.get(0).layers()).isEqualTo(4);
    assertThat(rows.get(0).rho()).isCloseTo(0.4, within(1e-12));
    assertThat(rows.get(1).rho()).isCloseTo(1.0, within(1e-12));
    String csv = MetricAgreement.csv(rows);
    assertThat(csv.lines().toList()).containsExactly("roi,metric_a,metric_b,layers,spearman_rho",
        "early,cross-decomposition,rsa,4,0.4",
        "late,cross-decomposition,rsa,4,1.0");
    StudyReport.render(dir);
    assertThat(Files.readString(dir.resolve("plots/metric-agreement.csv"))).isEqualTo(csv);
  }

  @Test
  void normalisationMapsEachMetricOntoZeroToOne() {
    double[] norm = MetricFigures.normalise(new double[] {-4, -2, Double.NaN, 0});
    assertThat(norm).containsExactly(0, 0.5, Double.NaN, 1);
    assertThat(MetricFigures.normalise(new double[] {3, 3})).containsExactly(0.5, 0.5);
  }
}
