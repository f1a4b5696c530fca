package org.brainalign.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a study folder: quoting, averaging over subjects, and clear errors for broken files. */
class StudyResultsTest {
  @TempDir
  Path dir;

  @Test
  void quotedReducerSpecsAndEmptyFieldsAreRead() throws IOException {
    StudyResults r = StudyResults.read(SyntheticStudy.write(dir));
    // 2 subjects × 2 ROIs × (4 layers + 4 reduced), each with every rank.
    assertThat(r.spectra()).hasSize(2 * 2 * (4 + 4))
        .allSatisfy(s -> assertThat(s.rank()).hasSize(SyntheticStudy.RANKS));
    assertThat(r.spectra()).anySatisfy(s -> {
      assertThat(s.cell().reducer()).isEqualTo("sparse-random-projection:axis=spatial,dim=8");
      assertThat(s.cell().reducerAxis()).isEqualTo("spatial");
      assertThat(s.cell().reducerDim()).isEqualTo(8);
    });
    assertThat(r.scores()).allSatisfy(s -> assertThat(ResultCell.of(s.cell()).reducerDim() == 0)
        .isEqualTo(ResultCell.of(s.cell()).unreduced()));
    assertThat(r.study().warnings()).containsExactly(SyntheticStudy.WARNING);
    assertThat(r.study().studyFile()).isEqualTo(SyntheticStudy.STUDY_FILE);
  }

  @Test
  void spectraAreAveragedOverSubjectsWithTheSdAcrossThem() throws IOException {
    StudyGrid grid = new StudyGrid(StudyResults.read(SyntheticStudy.write(dir)));
    MeanSpectrum s = grid.spectrum("cross-decomposition", new ResultCell.Roi("synthetic", "early"),
        new ResultCell.Layer("resnet50", "layer1", 1), ResultCell.NONE);
    // Subjects 1 and 2 have amplitude 0.4 × 1.05 and 0.4 × 1.10 at rank 1.
    assertThat(s.subjects()).isEqualTo(2);
    assertThat(s.rank()).hasSize(SyntheticStudy.RANKS);
    assertThat(s.mean()[0]).isCloseTo(0.4 * 1.075, within(1e-12));
    assertThat(s.sd()[0]).isCloseTo(0.4 * 0.05 / Math.sqrt(2), within(1e-12));
    assertThat(s.nullQuantile()[0]).isCloseTo(0.02, within(1e-15));
  }

  @Test
  void subjectsWithFewerRanksAverageOverThoseThatHaveThem() {
    ResultCell a = new ResultCell("d", "s1", "r", "m", "l", 0, "none", "none", 0, "cd");
    ResultCell b = new ResultCell("d", "s2", "r", "m", "l", 0, "none", "none", 0, "cd");
    MeanSpectrum s = MeanSpectrum.average(List.of(
        new CellSpectrum(a, new double[] {1, 2, 3}, new double[] {0.5, 0.3, 0.2},
            new double[] {0.01, 0.02, 0.03}, new double[] {0.1, 0.1, 0.1}),
        new CellSpectrum(b, new double[] {1, 2}, new double[] {0.7, 0.1},
            new double[] {0.05, 0.05}, new double[] {Double.NaN, Double.NaN})));
    assertThat(s.rank()).containsExactly(1, 2, 3);
    assertThat(s.mean()[0]).isCloseTo(0.6, within(1e-15));
    assertThat(s.mean()[1]).isCloseTo(0.2, within(1e-15));
    assertThat(s.mean()[2]).isEqualTo(0.2);
    // Two subjects: SD across them (ddof 1); one subject: its SD over folds.
    assertThat(s.sd()[0]).isCloseTo(Math.sqrt(0.02), within(1e-15));
    assertThat(s.sd()[2]).isEqualTo(0.03);
    assertThat(s.nullQuantile()).containsExactly(0.1, 0.1, 0.1);
    assertThat(s.subjects()).isEqualTo(2);
  }

  @Test
  void longSpectraAreDrawnBinnedBeyondRank100() {
    int n = 10_000;
    double[] rank = new double[n];
    double[] mean = new double[n];
    for (int i = 0; i < n; i++) {
      rank[i] = i + 1;
      mean[i] = 1.0 / (i + 1);
    }
    MeanSpectrum full = new MeanSpectrum(rank, mean, new double[n], new double[n], 1);
    MeanSpectrum drawn = full.forPlot();
    assertThat(drawn.rank().length).isBetween(150, 250);
    assertThat(java.util.Arrays.copyOf(drawn.rank(), 100)).isEqualTo(
        java.util.Arrays.copyOf(rank, 100));
    // The first bin past 100 at 50 per decade: ranks 101..104 (edge 10^(101/50) = 104.7).
    assertThat(drawn.rank()[100]).isEqualTo((101 + 102 + 103 + 104) / 4.0);
    assertThat(drawn.mean()[100]).isCloseTo((1 / 101.0 + 1 / 102.0 + 1 / 103.0 + 1 / 104.0) / 4,
        within(1e-15));
    assertThat(drawn.rank()[drawn.rank().length - 1]).isGreaterThan(9_000).isLessThanOrEqualTo(n);
    MeanSpectrum small = new MeanSpectrum(new double[] {1, 2}, new double[] {1, 1}, new double[2],
        new double[2], 1);
    assertThat(small.forPlot()).isSameAs(small);
  }

  @Test
  void aFolderWithoutTheStudyFilesIsRejectedNamingTheMissingOne() throws IOException {
    assertThatThrownBy(() -> StudyResults.read(dir.resolve("nowhere")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing there");
    SyntheticStudy.write(dir);
    Files.delete(dir.resolve("scores.csv"));
    assertThatThrownBy(() -> StudyResults.read(dir)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("found no scores.csv").hasMessageContaining("brainalign run");
  }

  /**
   * Writes the synthetic study with {@code from} replaced by {@code to} in line {@code index}
   * (from 0) of spectra.csv.
   */
  private void writeWithSpectraLine(int index, String from, String to) throws IOException {
    SyntheticStudy.write(dir);
    Path spectra = dir.resolve("spectra.csv");
    List<String> lines = Files.readAllLines(spectra);
    lines.set(index, lines.get(index).replace(from, to));
    Files.write(spectra, lines);
  }

  @Test
  void malformedCsvNamesFileLineAndColumn() throws IOException {
    writeWithSpectraLine(3, ",cross-decomposition,3,", ",cross-decomposition,three,");
    assertThatThrownBy(() -> StudyResults.read(dir)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("spectra.csv").hasMessageContaining("line 4, column rank")
        .hasMessageContaining("\"three\"");
  }

  @Test
  void shortRowsMissingColumnsAndOpenQuotesAreRejected() throws IOException {
    SyntheticStudy.write(dir);
    Path scores = dir.resolve("scores.csv");
    Files.writeString(scores, "\nsynthetic,subj01", java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> StudyResults.read(dir)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("expected 19 fields like the header, found 2");
    Files.writeString(scores, "dataset,subject,roi\n");
    assertThatThrownBy(() -> StudyResults.read(dir)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("without [model, layer");
    Files.writeString(scores, "");
    assertThatThrownBy(() -> StudyResults.read(dir)).hasMessageContaining("empty file");
    SyntheticStudy.write(dir);
    Files.writeString(scores, "\"unclosed", java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> StudyResults.read(dir)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("closing double quote");
  }

  @Test
  void ranksBelowOneAreRejected() throws IOException {
    writeWithSpectraLine(1, ",cross-decomposition,1,", ",cross-decomposition,0,");
    assertThatThrownBy(() -> StudyResults.read(dir)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("rank of at least 1, found \"0\"");
  }

  @Test
  void malformedStudyJsonIsAFormatError() throws IOException {
    SyntheticStudy.write(dir);
    Files.writeString(dir.resolve("study.json"), "{\"name\": ");
    assertThatThrownBy(() -> StudyResults.read(dir)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("study.json").hasMessageContaining("expected a JSON object");
  }
}
