package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User mistakes in {@code layers} and {@code demo}: exit 2, one message naming the culprit. */
class HostileInputsTest {
  @TempDir
  Path dir;

  @Test
  void layersOfAnUnknownModelListsTheKnownOnes() {
    Cli r = Cli.run("layers", "--model", "resnet5");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("resnet5").contains("resnet50").doesNotContain("\tat ");
  }

  @Test
  void demoWithMalformedWeightsNamesTheOption() {
    Path out = dir.resolve("demo");
    Cli r = Cli.run("demo", "-q", "--dry-run", "--weights", "randm:0", "--out", out.toString());
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("randm:0").doesNotContain("\tat ");
    assertThat(out.resolve("study.json")).doesNotExist();
  }
}
