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
    assertThat(r.spectra()).hasSize(2 * 2 * (4 + 4) * SyntheticStudy.RANKS);
    assertThat(r.spectra()).anySatisfy(s -> {
      assertThat(s.cell().reducer()).isEqualTo("sparse-random-projection:axis=spatial,dim=8");
      assertThat(s.cell().reducerAxis()).isEqualTo("spatial");
      assertThat(s.cell().reducerDim()).isEqualTo(8);
    });
    assertThat(r.scores()).allSatisfy(s -> assertThat(s.cell().reducerDim() == 0)
        .isEqualTo(s.cell().unreduced()));
    assertThat(r.study().warnings()).containsExactly(SyntheticStudy.WARNING);
    assertThat(r.study().studyFile()).isEqualTo(SyntheticStudy.STUDY_FILE);
  }

  @Test
  void fieldsMayHoldQuotesCommasAndLineBreaks() throws IOException {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "a,b\r\n\"x,\"\"y\"\"\",\"two\nlines\"\r\n,3\n");
    TidyCsv csv = TidyCsv.read(f, List.of("a", "b"));
    assertThat(csv.rows()).hasSize(2);
    assertThat(csv.rows().get(0).text("a")).isEqualTo("x,\"y\"");
    assertThat(csv.rows().get(0).fields().get(1)).isEqualTo("two\nlines");
    assertThat(csv.rows().get(1).number("a")).isNaN();
    assertThat(csv.rows().get(1).integer("b", -1)).isEqualTo(3);
  }

  @Test
  void spectraAreAveragedOverSubjectsWithTheSdAcrossThem() throws IOException {
    StudyGrid grid = new StudyGrid(StudyResults.read(SyntheticStudy.write(dir)));
    Spectrum s = grid.spectrum("cross-decomposition", new Cell.Roi("synthetic", "early"),
        new Cell.Layer("resnet50", "layer1", 1), Cell.NONE);
    // Subjects 1 and 2 have amplitude 0.4 × 1.05 and 0.4 × 1.10 at rank 1.
    assertThat(s.subjects()).isEqualTo(2);
    assertThat(s.rank()).hasSize(SyntheticStudy.RANKS);
    assertThat(s.mean()[0]).isCloseTo(0.4 * 1.075, within(1e-12));
    assertThat(s.sd()[0]).isCloseTo(0.4 * 0.05 / Math.sqrt(2), within(1e-12));
    assertThat(s.nullQuantile()[0]).isCloseTo(0.02, within(1e-15));
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

  @Test
  void malformedCsvNamesFileLineAndColumn() throws IOException {
    SyntheticStudy.write(dir);
    List<String> lines = Files.readAllLines(dir.resolve("spectra.csv"));
    lines.set(3, lines.get(3).replace(",cross-decomposition,3,", ",cross-decomposition,three,"));
    Files.write(dir.resolve("spectra.csv"), lines);
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
  void malformedStudyJsonIsAFormatError() throws IOException {
    SyntheticStudy.write(dir);
    Files.writeString(dir.resolve("study.json"), "{\"name\": ");
    assertThatThrownBy(() -> StudyResults.read(dir)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("study.json").hasMessageContaining("expected a JSON object");
  }
}
