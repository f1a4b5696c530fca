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
  void resnet50FeaturesThroughTheLauncher() throws Exception {
    Path images = java.nio.file.Files.createDirectories(dir.resolve("images"));
    for (int i = 0; i < 3; i++) {
      java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(90, 70,
          java.awt.image.BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < 70; y++) {
        for (int x = 0; x < 90; x++) {
          img.setRGB(x, y, (x * 7 + y * 13 + i * 101) * 0x010203 & 0xffffff);
        }
      }
      javax.imageio.ImageIO.write(img, "png", images.resolve("im" + i + ".png").toFile());
    }
    Path out = dir.resolve("features");
    Run r = launch("features", "-q", "--model", "resnet50:weights=random:0,resize=64,crop=64",
        "--images", images.toString(), "--layers", "layer4,avgpool", "--out", out.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    org.brainalign.formats.npy.NpyMatrix m =
        org.brainalign.formats.npy.NpyMatrix.open(out.resolve("layer4.npy"));
    assertThat(m.rows()).isEqualTo(3);
    assertThat(m.columns()).isEqualTo(2048 * 2 * 2);
    assertThat(out.resolve("manifest.json")).exists();
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
