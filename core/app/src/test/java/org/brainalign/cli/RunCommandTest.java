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
    Path study = dir.resolve("study.yaml");
    Files.writeString(study, STUDY);
    Path out = dir.resolve("out");
    Cli r = Cli.run("run", "-q", study.toString(), "--out", out.toString());
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("study done: 8 cells (8 computed, 0 resumed)");
    for (String f : new String[] {"spectra.csv", "scores.csv", "study.json", "study.yaml",
        "report.html"}) {
      assertThat(out.resolve(f)).as(f).exists();
    }
    assertThat(Files.readString(out.resolve("report.html"))).contains("<svg");
    Cli again = Cli.run("run", "-q", study.toString(), "--out", out.toString());
    assertThat(again.out).contains("(0 computed, 8 resumed)");
  }

  @Test
  void dryRunPrintsThePlanWithEstimatesAndRunsNothing() throws IOException {
    Path study = dir.resolve("study.yaml");
    Files.writeString(study, STUDY);
    Path out = dir.resolve("dry");
    Cli r = Cli.run("run", "-q", study.toString(), "--out", out.toString(), "--dry-run");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("cells: 8").contains("local").contains("memory per cell")
        .contains("feature cache on disk");
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingStudyFileIsAClearError() {
    Cli r = Cli.run("run", dir.resolve("none.yaml").toString(), "--out", dir.toString());
    assertThat(r.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("none.yaml").contains("no such file");
  }
}
