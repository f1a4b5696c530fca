package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compute.gram-backend} through the CLI: bad choices exit 2 with one line naming the fix. */
class GramBackendCliTest {
  @TempDir
  Path dir;

  private Cli run(String compute, String... extra) throws IOException {
    return Cli.runStudy(dir, Cli.TINY_STUDY + compute, extra);
  }

  @Test
  void anUnknownBackendExits2ListingTheKnownOnes() throws IOException {
    Cli r = run("compute: {gram-backend: cuda}\n");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).startsWith("error: unknown gram-backend 'cuda'; known gram-backends: blas, torch")
        .doesNotContain("\tat ");
  }

  @Test
  void gpuWithoutACudaLibtorchExits2NamingTheFix() throws IOException {
    Cli r = run("compute: {gram-backend: \"torch:device=gpu\"}\n");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).startsWith("error: torch:device=gpu: expected a CUDA-enabled libtorch")
        .contains("PYTORCH_LIBRARY_PATH").doesNotContain("\tat ");
  }

  @Test
  void theDryRunSaysWhichDeviceComputesTheGramMatrices() throws IOException {
    Cli r = run("compute: {gram-backend: torch}\n", "--dry-run");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("computed by torch on cpu()").contains(".gram-torch-f32.npy");
  }
}
