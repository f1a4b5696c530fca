package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brainalign.formats.json.JsonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The eigen-backend choice through the CLI (#8): {@code compare --eigen-backend torch} (CPU libtorch
 * here) gives the default (LAPACK) spectrum of the dual-route example (300 × 2,000 features, 4
 * folds) to 1e-9, says where it ran and records the choice; bad choices exit 2 with one line naming
 * the fix in compare (in a study file, and a study's dry run: {@link ComputeBackendCliTest}).
 */
class EigenBackendCliTest {

  @TempDir
  Path dir;

  private Cli compare(String out, String... extra) {
    List<String> args = new ArrayList<>(List.of("--metric", "cross-decomposition:folds=4"));
    args.addAll(List.of(extra));
    return Cli.compareExample(dir.resolve(out), args.toArray(String[]::new));
  }

  private static double[][] spectrum(Path out) throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("spectrum.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    int corr = header.indexOf("correlation");
    int sing = header.indexOf("singular_value");
    double[][] v = new double[2][lines.size() - 1];
    for (int i = 1; i < lines.size(); i++) {
      String[] c = lines.get(i).split(",");
      v[0][i - 1] = Double.parseDouble(c[corr]);
      v[1][i - 1] = Double.parseDouble(c[sing]);
    }
    return v;
  }

  @Test
  void compareWithTheTorchSolverGivesTheLapackSpectrum() throws IOException {
    Cli lapack = compare("lapack", "-q");
    Cli torch = compare("torch", "--eigen-backend", "torch");
    assertThat(lapack.exit).as(lapack.toString()).isZero();
    assertThat(torch.exit).as(torch.toString()).isZero();
    assertThat(torch.err).contains("Eigendecompositions: torch eigh on cpu()");
    Map<String, Object> s = JsonFiles.read(dir.resolve("torch/summary.json"));
    assertThat(s.get("eigen_backend")).isEqualTo("torch:device=auto");
    assertThat(JsonFiles.read(dir.resolve("lapack/summary.json")).get("eigen_backend"))
        .isEqualTo("lapack");
    assertThat(((Map<?, ?>) s.get("result")).get("route_x")).isEqualTo("dual");
    double[][] a = spectrum(dir.resolve("lapack"));
    double[][] b = spectrum(dir.resolve("torch"));
    assertThat(b[0]).hasSameSizeAs(a[0]);
    double worst = 0;
    for (int k = 0; k < a[0].length; k++) {
      assertThat(b[1][k]).as("singular value, rank %d", k + 1).isCloseTo(a[1][k],
          within(1e-9 * a[1][0]));
      if (a[1][k] > 1e-6 * a[1][0]) {
        assertThat(b[0][k]).as("correlation, rank %d", k + 1).isCloseTo(a[0][k], within(1e-9));
        worst = Math.max(worst, Math.abs(b[0][k] - a[0][k]));
      }
    }
    System.out.printf("compare --eigen-backend torch vs lapack: max |Δr_k| = %.1e over %d ranks%n",
        worst, a[0].length);
  }

  @Test
  void compareWithAnUnknownSolverExits2ListingTheKnownOnes() {
    Cli r = compare("cuda", "--eigen-backend", "cuda");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).startsWith(
        "error: unknown eigen-backend 'cuda'; known eigen-backends: lapack, torch")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("cuda/summary.json")).doesNotExist();
  }

  @Test
  void lapackTakesNoOptions() {
    Cli r = compare("opt", "--eigen-backend", "lapack:device=gpu");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).startsWith("error: --eigen-backend: 'lapack' takes no options");
  }
}
