package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brainalign run} through the CLI, on the tiny test model and dataset. */
class RunCommandTest {
  private static final String STUDY = """
      name: tiny cli
      model: {spec: tiny-model}
      dataset: {spec: "tiny-data:images=32", subjects: [s1], rois: all}
      reducers:
        - none
        - {spec: "sparse-random-projection:axis=channel", dims: [2], layers: [local]}
        - {spec: "sparse-random-projection:axis=spatial", dims: [4], layers: [local]}
      metrics: ["cross-decomposition:folds=4"]
      """;

  @TempDir
  Path dir;

  @Test
  void runsAStudyAndRendersTheReport() throws IOException {
    Cli r = Cli.runStudy(dir, STUDY);
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("study done: 8 cells (8 computed, 0 resumed)");
    Path out = dir.resolve("out");
    for (String f : new String[] {"spectra.csv", "scores.csv", "study.json", "study.yaml",
        "report.html"}) {
      assertThat(out.resolve(f)).as(f).exists();
    }
    assertThat(Files.readString(out.resolve("report.html"))).contains("<svg");
    Cli again = Cli.run("run", "-q", dir.resolve("study.yaml").toString(), "--out",
        out.toString());
    assertThat(again.out).contains("(0 computed, 8 resumed)");
  }

  @Test
  void dryRunPrintsThePlanWithEstimatesAndRunsNothing() throws IOException {
    Cli r = Cli.runStudy(dir, STUDY, "--dry-run");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("cells: 8").contains("local").contains("memory per cell")
        .contains("feature cache on disk");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void anotherStudyIntoAFinishedStudysFolderNeedsForce() throws IOException {
    // Issue 17: a different study run into a finished study's folder silently replaced its tables.
    Path study = Files.writeString(dir.resolve("study.yaml"), STUDY);
    Path other = Files.writeString(dir.resolve("other.yaml"), STUDY.replace("name: tiny cli",
        "name: another").replace("dims: [4]", "dims: [3]"));
    Path out = dir.resolve("out");
    assertThat(Cli.run("run", "-q", study.toString(), "--out", out.toString()).exit).isZero();
    String scores = Files.readString(out.resolve("scores.csv"));
    for (String[] extra : new String[][] {{}, {"--dry-run"}}) {
      String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("run", "-q",
          other.toString(), "--out", out.toString()), java.util.Arrays.stream(extra))
          .toArray(String[]::new);
      Cli r = Cli.run(args);
      assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err).contains("another finished study").contains("--force");
    }
    assertThat(Files.readString(out.resolve("scores.csv"))).isEqualTo(scores);
    Cli same = Cli.run("run", "-q", study.toString(), "--out", out.toString());
    assertThat(same.out).as(same.toString()).contains("(0 computed, 8 resumed)");
    Cli forced = Cli.run("run", "-q", other.toString(), "--out", out.toString(), "--force");
    assertThat(forced.exit).as(forced.toString()).isZero();
    assertThat(Files.readString(out.resolve("study.yaml"))).contains("name: another");
  }

  @Test
  void negativeFoldsDoNotPointAtOptionsRunLacks() throws IOException {
    // Issue 17: folds: -2 hinted at --train-index/--test-index as if run had them.
    for (String metric : new String[] {"cross-decomposition:folds=-2", "encoding:folds=-2"}) {
      Path study = Files.writeString(dir.resolve("folds.yaml"), STUDY.replace(
          "\"cross-decomposition:folds=4\"", "\"" + metric + "\""));
      Cli r = Cli.run("run", "-q", study.toString(), "--out", dir.resolve("f").toString(),
          "--dry-run");
      assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err).contains("found -2").contains("Use 2 or more")
          .contains("'brainalign compare' takes --train-index").contains("studies use folds only");
    }
  }

  @Test
  void aLatin1StudyFileNamesTheByteAndLine() throws IOException {
    // Issue 17: a non-UTF-8 study file said only "Input length = 1".
    Path study = Files.write(dir.resolve("latin1.yaml"),
        STUDY.replace("name: tiny cli", "name: caf\u00e9").getBytes(
            java.nio.charset.StandardCharsets.ISO_8859_1));
    Cli r = Cli.run("run", "-q", study.toString(), "--out", dir.resolve("l").toString(), "--dry-run");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("latin1.yaml").contains("byte 0xE9").contains("(line 1)")
        .contains("save it as UTF-8").doesNotContain("Input length");
  }

  @Test
  void aMissingStudyFileIsAClearError() {
    Cli r = Cli.run("run", dir.resolve("none.yaml").toString(), "--out", dir.toString());
    assertThat(r.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("none.yaml").contains("no such file");
  }
}
