package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.brainalign.api.InvalidInputException;
import org.brainalign.cluster.Sbatch;
import org.brainalign.cluster.SlurmResources;
import org.brainalign.cluster.SlurmScripts;
import org.brainalign.formats.json.JsonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan}, {@code run --stage/--task}, {@code merge} and {@code slurm} on the tiny model. */
class StudyTasksCommandTest {
  private static final String STUDY = """
      name: tiny tasks
      model: {spec: tiny-model}
      dataset: {spec: "tiny-data:images=32", subjects: all, rois: [left, global]}
      reducers:
        - none
        - {spec: "sparse-random-projection:axis=all", dims: [4], layers: [local]}
      metrics: ["cross-decomposition:folds=4,permutations=20", "cka"]
      """;

  @TempDir
  Path dir;

  private Path study() throws Exception {
    Path study = dir.resolve("study.yaml");
    Files.writeString(study, STUDY);
    return study;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> stages(Path out) {
    return (Map<String, Object>) JsonFiles.read(out.resolve("tasks.json")).get("stages");
  }

  @Test
  void taskByTaskGivesTheTablesOfOneRunByteForByte() throws Exception {
    Path study = study();
    Path local = dir.resolve("local");
    assertThat(Cli.run("run", "-q", study.toString(), "--out", local.toString()).exit).isZero();
    Path out = dir.resolve("tasks");
    Cli plan = Cli.run("plan", "-q", study.toString(), "--out", out.toString());
    assertThat(plan.exit).as(plan.toString()).isZero();
    Map<String, Object> stages = stages(out);
    // tiny-data: 2 subjects shown the same stimuli (one forward pass); layers local, pooled and
    // local reduced: 3 feature entries, 2 × 3 cells tasks of 2 ROIs × 2 metrics
    assertThat(stages).containsEntry("features", 1).containsEntry("gram", 3)
        .containsEntry("cells", 6).containsEntry("merge", 1);
    List<?> tasks = (List<?>) JsonFiles.read(out.resolve("tasks.json")).get("tasks");
    assertThat(tasks).hasSize(1 + 3 + 6 + 1);
    @SuppressWarnings("unchecked")
    Map<String, Object> gram0 = (Map<String, Object>) tasks.get(1);
    assertThat(gram0).containsEntry("stage", "gram").containsEntry("index", 0);
    assertThat(gram0).containsKeys("inputs", "outputs", "memory_bytes",
        "disk_bytes", "seconds");
    Cli early = Cli.run("merge", out.toString());
    assertThat(early.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(early.err).contains("24 of 24 cells are missing").contains("--stage cells --task K")
        .contains("brainalign slurm");
    Cli noFeatures = Cli.run("run", "-q", study.toString(), "--out", out.toString(), "--stage",
        "cells", "--task", "0");
    assertThat(noFeatures.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(noFeatures.err).contains("--stage features --task 0");
    for (String stage : List.of("features", "gram", "cells")) {
      for (int k = 0; k < (Integer) stages.get(stage); k++) {
        Cli r = Cli.run("run", "-q", study.toString(), "--out", out.toString(), "--stage", stage,
            "--task", Integer.toString(k));
        assertThat(r.exit).as(r.toString()).isZero();
      }
    }
    Cli merge = Cli.run("merge", out.toString());
    assertThat(merge.exit).as(merge.toString()).isZero();
    for (String f : List.of("spectra.csv", "scores.csv")) {
      assertThat(out.resolve(f)).as(f).hasSameBinaryContentAs(local.resolve(f));
    }
    assertThat(out.resolve("report.html")).exists();
    Cli again = Cli.run("run", "-q", study.toString(), "--out", out.toString(), "--stage", "cells",
        "--task", "5");
    assertThat(again.out).contains("(0 computed, 4 resumed)");
  }

  @Test
  void badStageOrTaskIndexIsExit2WithTheValidRange() throws Exception {
    Path study = study();
    Path out = dir.resolve("bad");
    Cli range = Cli.run("run", "-q", study.toString(), "--out", out.toString(), "--stage", "gram",
        "--task", "3");
    assertThat(range.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(range.err).contains("stage gram has 3 tasks (indices 0 to 2), not 3");
    Cli stage = Cli.run("run", "-q", study.toString(), "--out", out.toString(), "--stage", "fold",
        "--task", "0");
    assertThat(stage.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(stage.err).contains("unknown stage 'fold'").contains("features, gram, cells, merge");
    Cli notAStudy = Cli.run("merge", dir.resolve("nothing").toString());
    assertThat(notAStudy.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(notAStudy.err).contains("no study.yaml");
  }

  @Test
  void slurmWritesOneArrayPerStageWithResources() throws Exception {
    Path study = study();
    Path out = dir.resolve("slurm");
    Cli r = Cli.run("slurm", "-q", study.toString(), "--out", out.toString(), "--partition",
        "short", "--account", "lab", "--gres", "gpu:1");
    assertThat(r.exit).as(r.toString()).isZero();
    String cells = Files.readString(out.resolve("slurm/cells.sbatch"));
    assertThat(cells).contains("#SBATCH --array=0-5").contains("#SBATCH --partition=short")
        .contains("#SBATCH --account=lab").contains("#SBATCH --gres=gpu:1")
        .contains("#SBATCH --cpus-per-task=2").containsPattern("#SBATCH --mem=\\d+G")
        .contains("--stage cells").contains(out.resolve("slurm/logs").toAbsolutePath()
            + "/cells-%A_%a.out");
    assertThat(Files.readString(out.resolve("slurm/features.sbatch"))).contains("--array=0-0")
        .doesNotContain("--gres");
    assertThat(Files.readString(out.resolve("slurm/submit.sh")))
        .contains("--dependency=afterok:$g cells.sbatch"); // cells tasks outnumber gram tasks
    try (Stream<Path> s = Files.list(out.resolve("slurm"))) {
      assertThat(s.map(p -> p.getFileName().toString())).contains("features.sbatch",
          "gram.sbatch", "cells.sbatch", "merge.sbatch", "submit.sh", "logs");
    }
    Cli badTime = Cli.run("slurm", "-q", study.toString(), "--out", dir.resolve("t").toString(),
        "--time", "soon");
    assertThat(badTime.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badTime.err).contains("--time").contains("soon");
  }

  @Test
  void noSbatchOnThePathNamesTheSlurmClientPackage() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("bin"));
    assertThat(Sbatch.find(empty.toString())).isEmpty();
    assertThatThrownBy(() -> Sbatch.onPath(empty.toString(), dir.resolve("slurm")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no 'sbatch' on the PATH")
        .hasMessageContaining("slurm-client");
    Path fake = empty.resolve("sbatch");
    Files.writeString(fake, "#!/bin/sh\n");
    fake.toFile().setExecutable(true);
    assertThat(Sbatch.find("/nonexistent:" + empty)).contains(fake);
  }

  @Test
  void arraysAndResourcesInSlurmNotation() {
    assertThat(SlurmScripts.ranges(List.of(0, 1, 2, 3, 5, 7, 8, 9))).isEqualTo("0-3,5,7-9");
    assertThat(SlurmScripts.ranges(List.of(4))).isEqualTo("4");
    assertThat(SlurmResources.mem(1)).isEqualTo("1G");
    assertThat(SlurmResources.mem((3L << 30) + 1)).isEqualTo("4G");
    assertThat(SlurmResources.time(30)).isEqualTo("0-00:10:00");
    assertThat(SlurmResources.time(90_000)).isEqualTo("3-03:00:00");
    assertThatThrownBy(() -> new SlurmResources(null, null, "1:00:00", 0, "1G", null))
        .hasMessageContaining("--cpus-per-task");
  }
}
