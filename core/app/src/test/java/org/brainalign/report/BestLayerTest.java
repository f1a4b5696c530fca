package org.brainalign.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The best-layer rule with known numbers: score first, then the first 10 ranks, then depth. */
class BestLayerTest {
  private static ResultCell.Layer layer(int i) {
    return new ResultCell.Layer("resnet50", "l" + i, i);
  }

  @Test
  void highestScoreWins() {
    var best = BestLayer.choose(List.of(
        new BestLayer.Candidate(layer(0), 3, 0.9),
        new BestLayer.Candidate(layer(1), 7, 0.1),
        new BestLayer.Candidate(layer(2), 5, 0.5)));
    assertThat(best.layer()).isEqualTo(layer(1));
  }

  @Test
  void tiedScoresAreDecidedByTheLeadingRanks() {
    var best = BestLayer.choose(List.of(
        new BestLayer.Candidate(layer(0), 3, 0.9),
        new BestLayer.Candidate(layer(1), 5, 0.2),
        new BestLayer.Candidate(layer(2), 5, 0.3),
        new BestLayer.Candidate(layer(3), 2, 0.8)));
    assertThat(best.layer()).isEqualTo(layer(2));
  }

  @Test
  void completeTiesGoToTheShallowerLayerAndMissingScoresLose() {
    var best = BestLayer.choose(List.of(
        new BestLayer.Candidate(layer(3), 5, 0.3),
        new BestLayer.Candidate(layer(1), 5, 0.3),
        new BestLayer.Candidate(layer(0), Double.NaN, 0.99)));
    assertThat(best.layer()).isEqualTo(layer(1));
    var noScores = BestLayer.choose(List.of(
        new BestLayer.Candidate(layer(0), Double.NaN, 0.1),
        new BestLayer.Candidate(layer(1), Double.NaN, 0.4)));
    assertThat(noScores.layer()).isEqualTo(layer(1));
    assertThat(BestLayer.choose(List.of())).isNull();
  }

  @Test
  void leadingMeanAveragesRanksOneToTen() {
    double[] rank = new double[20];
    double[] mean = new double[20];
    for (int i = 0; i < 20; i++) {
      rank[i] = i + 1;
      mean[i] = i + 1;
    }
    MeanSpectrum s = new MeanSpectrum(rank, mean, new double[20], new double[20], 1);
    assertThat(s.leadingMean(10)).isEqualTo(5.5);
  }

  @Test
  void lowerIsBetterScoresAreTurned() {
    ResultCell c = new ResultCell("d", "s", "r", "m", "l", 0, "none", "none", 0, "error-metric");
    assertThat(new ScoreRow(c, 0.2, "mse", false).oriented())
        .isGreaterThan(new ScoreRow(c, 0.7, "mse", false).oriented());
  }

  @Test
  void syntheticStudyHasItsKnownBestLayers(@TempDir Path dir) throws IOException {
    StudyGrid grid = new StudyGrid(StudyResults.read(SyntheticStudy.write(dir)));
    ResultCell.Roi early = new ResultCell.Roi("synthetic", "early");
    ResultCell.Roi late = new ResultCell.Roi("synthetic", "late");
    assertThat(BestLayerFigures.best(grid, "cross-decomposition", early).layer().name())
        .isEqualTo("layer1");
    assertThat(BestLayerFigures.best(grid, "cross-decomposition", late).layer().name())
        .isEqualTo("layer3");
    assertThat(grid.meanScore("cross-decomposition", early, new ResultCell.Layer("resnet50", "layer1", 1))
        .score()).isEqualTo(40.0);
  }
}
