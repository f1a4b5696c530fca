package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages of issue 22 that pointed the wrong way: each now names what was written, where, and the
 * valid range or form.
 */
class MisleadingMessagesTest {
  private static final String STUDY = """
      name: messages
      model: {spec: tiny-model, layers: [local]}
      dataset: {spec: "tiny-data:images=32", subjects: [s1], rois: [left]}
      metrics: ["cross-decomposition:permutations=10"]
      cross-validation: {folds: 4, seed: 0}
      """;

  @TempDir
  Path dir;

  private Cli dryRun(String text) throws IOException {
    return Cli.runStudy(dir, text, "--dry-run");
  }

  @Test
  void aSeedBeyondTheLongRangeIsRefusedAsWrittenNotWrapped() throws IOException {
    Cli r = dryRun(STUDY.replace("seed: 0", "seed: 99999999999999999999"));
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("study.yaml: cross-validation.seed (line 5, column 36)")
        .contains("found 99999999999999999999, outside that range")
        .contains("from -9223372036854775808 to 9223372036854775807")
        .doesNotContain("7766279631452241919").doesNotContain("\tat ");
    Cli max = dryRun(STUDY.replace("seed: 0", "seed: 9223372036854775807"));
    assertThat(max.err).as(max.toString()).doesNotContain("outside that range");
  }

  @Test
  void anEmptyMappingIsCalledEmpty() throws IOException {
    Cli r = dryRun(STUDY.replace("subjects: [s1]", "subjects: {}"));
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("dataset.subjects (line 3, column 50): expected a list or a "
        + "single value, found an empty mapping ({})");
  }

  @Test
  void demoNamesItsOwnSeedOption() {
    Cli r = Cli.run("demo", "-q", "--seed", "-5", "--dry-run", "--out",
        dir.resolve("demo").toString());
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("--seed -5: expected a seed from 0 to 4294967295 (2^32 - 1)")
        .doesNotContain("option 'seed'").doesNotContain("surrogate");
    Cli v = Cli.run("demo", "-q", "--voxels", "0", "--dry-run", "--out",
        dir.resolve("demo").toString());
    assertThat(v.err).as(v.toString()).contains("--voxels 0: expected 1 to 10000 voxels per ROI");
  }

  @Test
  void debugShowsTheStackTraceOfEveryFailure() throws IOException {
    Path study = dir.resolve("study.yaml");
    Files.writeString(study, STUDY);
    Cli parse = Cli.run("run", "--debug", "--threads", "many", study.toString(), "--out",
        dir.resolve("out").toString());
    assertThat(parse.exit).as(parse.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(parse.err).contains("--threads").contains("\tat ");
    Cli bad = Cli.run("run", "--debug", dir.resolve("missing.yaml").toString(), "--out",
        dir.resolve("out").toString());
    assertThat(bad.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err).contains("no such file").contains("\tat ");
    Cli quiet = Cli.run("run", "--threads", "many", study.toString(), "--out",
        dir.resolve("out").toString());
    assertThat(quiet.err).doesNotContain("\tat ");
  }

  @Test
  void aDatasetRootWithACommaIsWrittenQuoted() throws IOException {
    Path root = dir.resolve("data").resolve("a,b");
    Path tiny = Path.of("../../plugins/folder/src/test/resources/tiny").toAbsolutePath();
    try (Stream<Path> files = Files.walk(tiny)) {
      for (Path f : files.toList()) {
        Path to = root.resolve(tiny.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    String spec = "folder:root=\\\"" + root + "\\\"";
    Cli r = dryRun(STUDY.replace("\"tiny-data:images=32\"", "\"" + spec + "\"")
        .replace("subjects: [s1], rois: [left]", "subjects: [S1], rois: [V1]")
        .replace("folds: 4", "folds: 2"));
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("root=\"" + root + "\"");
  }
}
