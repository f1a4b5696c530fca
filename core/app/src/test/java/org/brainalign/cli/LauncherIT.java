package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher script on the packaged distribution, as a user runs it. */
class LauncherIT {
  @TempDir
  Path dir;

  private record Run(int exit, String out, String err) {}

  private Run launch(String... args) throws IOException, InterruptedException {
    Path root = Path.of(System.getProperty("brainalign.root", "../..")).toAbsolutePath();
    List<String> cmd = new ArrayList<>(List.of(root.resolve("brainalign").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
    pb.environment().put("BRAINALIGN_NO_BUILD", "1");
    pb.redirectOutput(dir.resolve("out.txt").toFile());
    pb.redirectError(dir.resolve("err.txt").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("launcher finished").isTrue();
    return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void compareRunsThroughTheLauncher() throws Exception {
    Path out = dir.resolve("result");
    Run r = launch("compare", "--x", "examples/compare/model.npy", "--y",
        "examples/compare/brain.npy", "--out", out.toString(), "--metric",
        "cross-decomposition:folds=3,permutations=100");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("shared_dimensionality = 8");
    assertThat(out.resolve("summary.json")).exists();
    assertThat(out.resolve("spectrum.png")).exists();
  }

  @Test
  void userMistakesExitTwoWithoutAStackTrace() throws Exception {
    Run r = launch("compare", "--x", "missing.npy", "--y", "examples/compare/brain.npy",
        "--out", dir.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("missing.npy").doesNotContain("\tat ");
  }

  @Test
  void versionAndHelp() throws Exception {
    Run v = launch("--version");
    assertThat(v.exit()).isZero();
    assertThat(v.out()).contains("brainalign").contains("java");
    Run h = launch("--help");
    assertThat(h.out()).contains("compare").contains("plugins");
  }
}
