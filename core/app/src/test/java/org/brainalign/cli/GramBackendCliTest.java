package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compute.gram-backend} through the CLI: the dry run names the device (bad choices:
 * {@link ComputeBackendCliTest}).
 */
class GramBackendCliTest {
  @TempDir
  Path dir;

  private Cli run(String compute, String... extra) throws IOException {
    return Cli.runStudy(dir, Cli.TINY_STUDY + compute, extra);
  }

  @Test
  void theDryRunSaysWhichDeviceComputesTheGramMatrices() throws IOException {
    Cli r = run("compute: {gram-backend: torch}\n", "--dry-run");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("computed by torch on cpu()").contains(".gram-torch-f32.npy");
  }
}
