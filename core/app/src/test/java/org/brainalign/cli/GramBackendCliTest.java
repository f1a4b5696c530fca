package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compute.gram-backend} through the CLI: bad choices exit 2 with one line naming the fix. */
class GramBackendCliTest {
  private static final String STUDY = """
      name: tiny gram backend
      model: {spec: tiny-model}
      dataset: {spec: "tiny-data:images=32", subjects: [s1], rois: all}
      reducers: [none]
      metrics: ["cross-decomposition:folds=4"]
      """;

  @TempDir
  Path dir;

  private Cli run(String compute, String... extra) throws IOException {
    Path study = dir.resolve("study.yaml");
    Files.writeString(study, STUDY + compute);
    String[] args = {"run", "-q", study.toString(), "--out", dir.resolve("out").toString()};
    String[] all = new String[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return Cli.run(all);
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
