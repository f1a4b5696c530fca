package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan} and {@code slurm} on a study whose dataset is read out from a network (surrogate):
 * listing its stimuli needs a model, so these commands need the context that creates models, as
 * {@code run} and {@code merge} have (before, both exited 2: "this run context offers no models").
 */
class SurrogateTaskGraphTest {
  @TempDir
  Path dir;

  @Test
  void planAndSlurmWriteTheTaskGraphOfASurrogateStudy() throws IOException {
    Path study = dir.resolve("study.yaml");
    Files.writeString(study, SurrogateReferenceTest.STUDY.formatted(SurrogateReferenceTest.SOURCE,
        "0.9"));
    Path planned = dir.resolve("planned");
    Cli plan = Cli.run("plan", study.toString(), "--out", planned.toString());
    assertThat(plan.exit).as(plan.toString()).isZero();
    assertThat(planned.resolve("tasks.json")).isRegularFile();
    Path scripted = dir.resolve("scripted");
    Cli slurm = Cli.run("slurm", study.toString(), "--out", scripted.toString());
    assertThat(slurm.exit).as(slurm.toString()).isZero();
    assertThat(scripted.resolve("tasks.json")).isRegularFile();
    assertThat(scripted.resolve("slurm")).isDirectory();
  }
}
