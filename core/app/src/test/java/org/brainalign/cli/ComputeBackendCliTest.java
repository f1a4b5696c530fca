package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A study's {@code compute.eigen-backend} and {@code compute.gram-backend} through the CLI: a bad
 * choice exits 2 with one line naming the fix, no stack trace; the dry run says what computes.
 */
class ComputeBackendCliTest {
  @TempDir
  Path dir;

  private Cli study(String compute, String... extra) throws IOException {
    return Cli.runStudy(dir, Cli.TINY_STUDY + compute, extra);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"eigen-backend, magma, 'lapack, torch'", "gram-backend, cuda, 'blas, torch'"})
  void anUnknownBackendExits2ListingTheKnownOnes(String key, String unknown, String known)
      throws IOException {
    Cli r = study("compute: {" + key + ": " + unknown + "}\n");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).startsWith("error: unknown " + key + " '" + unknown + "'; known " + key
        + "s: " + known).doesNotContain("\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"eigen-backend", "gram-backend"})
  void gpuWithoutACudaLibtorchExits2NamingTheFix(String key) throws IOException {
    Cli r = study("compute: {" + key + ": \"torch:device=gpu\"}\n");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).startsWith("error: torch:device=gpu: expected a CUDA-enabled libtorch")
        .contains("PYTORCH_LIBRARY_PATH").doesNotContain("\tat ");
  }

  @Test
  void theDryRunSaysWhatDecomposes() throws IOException {
    Cli torch = study("compute: {eigen-backend: torch}\n", "--dry-run");
    assertThat(torch.exit).as(torch.toString()).isZero();
    assertThat(torch.out).contains("Eigendecompositions: torch eigh on cpu()");
    Cli lapack = study("", "--dry-run");
    assertThat(lapack.out).contains("Eigendecompositions: lapack");
  }

  @Test
  void theDryRunSaysWhichDeviceComputesTheGramMatrices() throws IOException {
    Cli r = study("compute: {gram-backend: torch}\n", "--dry-run");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("computed by torch on cpu()").contains(".gram-torch-f32.npy");
  }
}
