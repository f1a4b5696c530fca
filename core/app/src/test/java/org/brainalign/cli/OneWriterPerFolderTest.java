package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per output folder: a whole-study {@code run} holds {@code --out} alone, the tasks of
 * one study ({@code run --stage S --task K}, SLURM arrays) share it, and a task of another study is
 * refused. The other writer is a second process ({@link LockHolder}), as in real use.
 */
class OneWriterPerFolderTest {
  private static final String STUDY = """
      name: one writer
      model: {spec: tiny-model}
      dataset: {spec: "tiny-data:images=32", subjects: [s1], rois: [left]}
      metrics: ["cross-decomposition:folds=4,permutations=10"]
      """;

  @TempDir
  Path dir;

  private Path study(String text) throws Exception {
    Path study = dir.resolve("study-" + Math.abs(text.hashCode()) + ".yaml");
    Files.writeString(study, text);
    return study;
  }

  private static void refused(Cli r, String... expected) {
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).as(r.toString()).contains(expected).doesNotContain("\tat ");
  }

  @Test
  void aWholeRunIsRefusedWhileAnotherProcessWritesTheFolder() throws Exception {
    Path out = dir.resolve("out");
    Path other = study(STUDY.replace("one writer", "another study"));
    try (LockHolder holder = LockHolder.start(out, false)) {
      refused(Cli.run("run", "-q", other.toString(), "--out", out.toString()),
          "--out " + out, "being written by the test's lock holder", "choose another --out");
      refused(Cli.run("run", "-q", other.toString(), "--out", out.toString(), "--stage",
          "features", "--task", "0"), "being written by the test's lock holder");
      refused(Cli.run("plan", "-q", other.toString(), "--out", out.toString()),
          "being written by the test's lock holder");
      refused(Cli.run("slurm", "-q", other.toString(), "--out", out.toString()),
          "being written by the test's lock holder");
    }
    assertThat(out.resolve("cells")).doesNotExist();
    assertThat(out.resolve("study.yaml")).doesNotExist();
  }

  @Test
  void aWholeRunIsRefusedWhileTasksRunButTasksOfTheStudyShareTheFolder() throws Exception {
    Path out = dir.resolve("out");
    Path study = study(STUDY);
    Cli plan = Cli.run("plan", "-q", study.toString(), "--out", out.toString());
    assertThat(plan.exit).as(plan.toString()).isZero();
    try (LockHolder otherTask = LockHolder.start(out, true)) {
      refused(Cli.run("run", "-q", study.toString(), "--out", out.toString()),
          "being written by the test's lock holder");
      refused(Cli.run("merge", "-q", out.toString()), "being written by the test's lock holder");
      for (String task : new String[] {"features:0", "cells:0", "cells:1"}) {
        Cli r = Cli.run("run", "-q", out.resolve("study.yaml").toString(), "--out",
            out.toString(), "--stage", task.split(":")[0], "--task", task.split(":")[1]);
        assertThat(r.exit).as(r.toString()).isZero();
      }
    }
    Cli merge = Cli.run("merge", "-q", out.toString());
    assertThat(merge.exit).as(merge.toString()).isZero();
    assertThat(out.resolve("study.json")).exists();
    assertThat(out.resolve("report.html")).exists();
  }

  @Test
  void aTaskOfAnotherStudyIsRefusedInAFolderPlannedForOne() throws Exception {
    Path out = dir.resolve("out");
    Cli plan = Cli.run("plan", "-q", study(STUDY).toString(), "--out", out.toString());
    assertThat(plan.exit).as(plan.toString()).isZero();
    Path other = study(STUDY.replace("one writer", "another study"));
    refused(Cli.run("run", "-q", other.toString(), "--out", out.toString(), "--stage", "cells",
        "--task", "0"), "the folder of another study", out.resolve("study.yaml").toString());
    assertThat(out.resolve("cells")).isEmptyDirectory();
  }
}
