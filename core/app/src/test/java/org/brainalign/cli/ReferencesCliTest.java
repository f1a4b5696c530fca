package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.study.ReferenceSpectraGoldenTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study's {@code references:} through the CLI: the plan names them, bad requests exit 2. */
class ReferencesCliTest {
  @TempDir
  Path dir;

  @Test
  void dryRunNamesTheReferencesAndARunWritesTheirTable() throws IOException {
    Path data = ReferenceSpectraGoldenTest.dataset(dir.resolve("data"));
    Path study = Files.writeString(dir.resolve("study.yaml"), """
        model: {spec: tiny-model, layers: [local]}
        dataset: {spec: "folder:root=%s", rois: [V1]}
        metrics: ["cross-decomposition:folds=3"]
        references: [within-subject, between-subject]
        """.formatted(data));
    Cli dry = Cli.run("run", "-q", study.toString(), "--out", dir.resolve("dry").toString(),
        "--dry-run");
    assertThat(dry.exit).as(dry.toString()).isZero();
    assertThat(dry.out).contains("references: [within-subject, between-subject], 3 spectra in 3 "
        + "cells tasks, by cross-decomposition:folds=3").contains("repetitions=separate");
    Path out = dir.resolve("out");
    Cli r = Cli.run("run", "-q", study.toString(), "--out", out.toString());
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(out.resolve("references.csv")).exists();
    assertThat(Files.readString(out.resolve("study.json"))).contains("\"references\"")
        .contains("within-subject");
  }

  @Test
  void referencesOnADatasetWithoutRepetitionsExitTwoWithoutATrace() throws IOException {
    Path study = Files.writeString(dir.resolve("study.yaml"), """
        model: {spec: tiny-model}
        dataset: {spec: "tiny-data:images=32"}
        references: [within-subject]
        """);
    Cli r = Cli.run("run", "-q", study.toString(), "--out", dir.resolve("o").toString());
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("references").contains("dataset 'tiny-data' does not expose "
        + "repeated presentations").doesNotContain("\tat ");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void anUnknownKindNamesTheKnownOnes() throws IOException {
    Path study = Files.writeString(dir.resolve("study.yaml"), """
        model: {spec: tiny-model}
        dataset: {spec: "tiny-data:images=32"}
        references: [within]
        """);
    Cli r = Cli.run("run", "-q", study.toString(), "--out", dir.resolve("o").toString());
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("references[0]").contains("expected a reference kind "
        + "(within-subject, between-subject), found 'within'");
  }
}
