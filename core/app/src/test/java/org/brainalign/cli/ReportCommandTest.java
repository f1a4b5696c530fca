package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.report.SyntheticStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brainalign report DIR}: renders a study folder; exit 2 with a clear message otherwise. */
class ReportCommandTest {
  @TempDir
  Path dir;

  @Test
  void rendersPlotsAndReport() throws IOException {
    SyntheticStudy.write(dir);
    Cli r = Cli.run("report", dir.toString());
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("13 figures").contains("report.html");
    assertThat(r.err).contains("warning: " + SyntheticStudy.WARNING);
    assertThat(dir.resolve("report.html")).isNotEmptyFile();
    assertThat(dir.resolve("plots/fig1b-early.png")).isNotEmptyFile();
    assertThat(Cli.run("report", "-q", dir.toString()).out).isEmpty();
  }

  @Test
  void aFolderThatIsNotAFinishedStudyExitsTwoNamingTheMissingFile() throws IOException {
    Cli none = Cli.run("report", dir.resolve("missing").toString());
    assertThat(none.exit).as(none.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(none.err).contains("error: ").contains("a finished study folder");

    SyntheticStudy.write(dir);
    Files.delete(dir.resolve("study.json"));
    Cli r = Cli.run("report", dir.toString());
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("no study.json").doesNotContain("Exception");
    assertThat(dir.resolve("report.html")).doesNotExist();
  }

  @Test
  void malformedCsvExitsTwo() throws IOException {
    SyntheticStudy.write(dir);
    Files.writeString(dir.resolve("spectra.csv"), "dataset,subject\nx,y\n");
    Cli r = Cli.run("report", dir.toString());
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("spectra.csv").contains("expected the columns");
  }

  @Test
  void aMalformedReferencesFileExitsTwoNamingItsLine() throws IOException {
    SyntheticStudy.write(dir);
    SyntheticStudy.writeReferences(dir, true);
    Path refs = dir.resolve("references.csv");
    Files.writeString(refs, Files.readString(refs).replaceFirst("within-subject", "within"));
    Cli r = Cli.run("report", dir.toString());
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("references.csv").contains("line 2")
        .contains("found \"kind within, subject subj01, subject_b empty\"")
        .doesNotContain("Exception");
  }

  @Test
  void missingArgumentIsAUsageError() {
    Cli r = Cli.run("report");
    assertThat(r.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("DIR");
  }
}
