package org.brainalign.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.brainalign.identification.Criterion;
import org.brainalign.study.table.CellId;
import org.brainalign.study.table.ScoreRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The best-layer rule with known numbers: a spectrum metric's layers by the mean correlation over
 * ranks 1–10 (mean over subjects), never by its shared dimensionality; other metrics by the score
 * turned so larger is better; exact ties to the shallower layer; a layer without a value loses.
 */
class BestLayerTest {
  static final String CD = "cross-decomposition";
  static final ResultCell.Roi ROI = new ResultCell.Roi("d", "early");
  final List<CellSpectrum> spectra = new ArrayList<>();
  final List<ScoreRow> scores = new ArrayList<>();

  private static ResultCell cell(String subject, int layer, String metric) {
    return new ResultCell("d", subject, "early", "resnet50", "l" + layer, layer, "none", "none", 0,
        metric);
  }

  /** A row of scores.csv for {@code c} with only its score. */
  private static ScoreRow score(ResultCell c, double score, String name, boolean higherIsBetter) {
    return new ScoreRow(new CellId(c.dataset(), c.subject(), c.roi(), c.model(), c.layer(),
        c.layerIndex(), c.reducer(), c.reducerAxis(), null, c.metric()), score, name,
        higherIsBetter, null, null, Double.NaN, null, null, null, null);
  }

  /** A subject's spectrum: {@code leading} over ranks 1–10, 0.5 beyond; and its score. */
  private void spectrum(String subject, int layer, double leading, double sharedDims) {
    double[] rank = new double[30];
    double[] corr = new double[30];
    for (int i = 0; i < 30; i++) {
      rank[i] = i + 1;
      corr[i] = i < 10 ? leading : 0.5;
    }
    double[] nan = new double[30];
    Arrays.fill(nan, Double.NaN);
    ResultCell c = cell(subject, layer, CD);
    spectra.add(new CellSpectrum(c, rank, corr, nan, nan));
    scores.add(score(c, sharedDims, "shared_dimensionality", true));
  }

  private BestLayer.Choice best(String metric) {
    return BestLayer.choose(new StudyGrid(new StudyResults(spectra, scores, null, List.of())), metric,
        ROI);
  }

  @Test
  void theSharedDimensionalityDoesNotPickTheLayer() {
    // The demo's defect: the stem shares more dimensions (31 vs 30), each less well.
    spectrum("s1", 0, 0.30, 31);
    spectrum("s1", 1, 0.45, 30);
    spectrum("s1", 2, 0.40, 12);
    BestLayer.Choice best = best(CD);
    assertThat(best.layer().name()).isEqualTo("l1");
    assertThat(best.criterion()).isEqualTo(Criterion.LEADING_CORRELATION);
    assertThat(best.value()).isCloseTo(0.45, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(best.candidates()).isEqualTo(3);
  }

  @Test
  void subjectsAreAveragedBeforeChoosing() {
    spectrum("s1", 0, 0.50, 10);
    spectrum("s2", 0, 0.10, 10);
    spectrum("s1", 1, 0.35, 10);
    spectrum("s2", 1, 0.35, 10);
    assertThat(best(CD).layer().name()).isEqualTo("l1"); // 0.35 > (0.5 + 0.1) / 2
  }

  @Test
  void exactTiesGoToTheShallowerLayerAndMissingValuesLose() {
    spectrum("s1", 3, 0.3, 5);
    spectrum("s1", 1, 0.3, 50);
    spectrum("s1", 0, Double.NaN, 99);
    assertThat(best(CD).layer().name()).isEqualTo("l1");
    assertThat(best("no-such-metric")).isNull();
  }

  @Test
  void otherMetricsUseTheirOrientedScore() {
    for (int l = 0; l < 3; l++) {
      scores.add(score(cell("s1", l, "rsa"), new double[] {0.1, 0.3, 0.2}[l], "spearman",
          true));
      scores.add(score(cell("s1", l, "error"), new double[] {0.1, 0.3, 0.05}[l], "mse",
          false));
    }
    assertThat(best("rsa").layer().name()).isEqualTo("l1");
    assertThat(best("rsa").criterion()).isEqualTo(Criterion.SCORE);
    assertThat(best("error").layer().name()).isEqualTo("l2");
    assertThat(best("error").criterion()).isEqualTo(Criterion.NEGATED_SCORE);
  }

  @Test
  void leadingCorrelationAveragesRanksOneToTen() {
    double[] rank = new double[20];
    double[] mean = new double[20];
    for (int i = 0; i < 20; i++) {
      rank[i] = i + 1;
      mean[i] = i + 1;
    }
    MeanSpectrum s = new MeanSpectrum(rank, mean, new double[20], new double[20], 1);
    assertThat(s.leadingCorrelation()).isEqualTo(5.5);
  }

  @Test
  void lowerIsBetterScoresAreTurned() {
    ResultCell c = new ResultCell("d", "s", "r", "m", "l", 0, "none", "none", 0, "error-metric");
    assertThat(score(c, 0.2, "mse", false).oriented())
        .isGreaterThan(score(c, 0.7, "mse", false).oriented());
  }

  @Test
  void syntheticStudyHasItsKnownBestLayers(@TempDir Path dir) throws IOException {
    StudyGrid grid = new StudyGrid(StudyResults.read(SyntheticStudy.write(dir)));
    ResultCell.Roi early = new ResultCell.Roi("synthetic", "early");
    ResultCell.Roi late = new ResultCell.Roi("synthetic", "late");
    assertThat(BestLayerFigures.best(grid, CD, early).layer().name()).isEqualTo("layer1");
    assertThat(BestLayerFigures.best(grid, CD, late).layer().name()).isEqualTo("layer3");
    assertThat(BestLayer.choose(grid, "rsa", early).layer().name()).isEqualTo("layer1");
    assertThat(BestLayer.choose(grid, "rsa", late).layer().name()).isEqualTo("layer3");
    assertThat(grid.meanScore(CD, early, new ResultCell.Layer("resnet50", "layer1", 1))
        .score()).isEqualTo(40.0);
  }
}
