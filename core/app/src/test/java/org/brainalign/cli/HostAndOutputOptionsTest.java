package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's hostile values for the options every command shares and for output paths: exit 2 with
 * the option, the valid range and a remedy, before any work (also under {@code --dry-run}).
 */
class HostAndOutputOptionsTest {
  @TempDir
  Path dir;
  Path study;
  Path images;

  @BeforeEach
  void setUp() throws IOException {
    study = Files.writeString(dir.resolve("study.yaml"), Cli.TINY_STUDY);
    images = Files.createDirectories(dir.resolve("images"));
    ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png",
        images.resolve("a.png").toFile());
  }

  private static void assertBadInput(Cli r, String... fragments) {
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).as(r.toString()).contains(fragments).doesNotContain("\tat ");
  }

  @Test
  void hugeResizeIsRefusedWithTheValidRange() {
    Cli r = Cli.run("layers", "--model", "resnet50:weights=random:0,resize=100000,crop=100000");
    assertBadInput(r, "resize=100000", "≤ 4096");
    assertThat(r.err).doesNotContain("overflow");
  }

  @Test
  void tooManyThreadsAreRefusedInsteadOfHanging() {
    Cli r = Cli.run("run", "-q", study.toString(), "--out", dir.resolve("o").toString(),
        "--dry-run", "--threads", "100000");
    assertBadInput(r, "--threads 100000", "1 to " + HostOptions.maxThreads());
    Cli f = Cli.run("features", "-q", "--model", "resnet50:weights=random:0", "--images",
        images.toString(), "--layers", "conv1", "--out", dir.resolve("f").toString(),
        "--threads", "0");
    assertBadInput(f, "--threads 0");
  }

  @Test
  void tooSmallOrTooLargeMemoryIsRefusedNamingTheOption() {
    for (String m : new String[] {"1k", "99999t"}) {
      Cli dry = Cli.run("run", "-q", study.toString(), "--out", dir.resolve("o").toString(),
          "--dry-run", "--memory", m);
      assertBadInput(dry, "--memory " + m, "16m to the machine's memory");
      Cli f = Cli.run("features", "-q", "--model", "resnet50:weights=random:0", "--images",
          images.toString(), "--layers", "conv1", "--out", dir.resolve("f" + m).toString(),
          "--memory", m);
      assertBadInput(f, "--memory " + m);
      assertThat(dir.resolve("f" + m)).doesNotExist();
    }
  }

  @Test
  void outOrCacheNamingAFileIsRefusedBeforeAnyWork() throws IOException {
    Path file = Files.writeString(dir.resolve("taken.txt"), "not a folder");
    Cli f = Cli.run("features", "-q", "--model", "resnet50:weights=random:0", "--images",
        images.toString(), "--layers", "conv1", "--out", file.toString());
    assertBadInput(f, "--out " + file, "a regular file");
    Cli below = Cli.run("features", "-q", "--model", "resnet50:weights=random:0", "--images",
        images.toString(), "--layers", "conv1", "--out", file.resolve("sub").toString());
    assertBadInput(below, "a path below the file " + file);
    Cli responses = Cli.run("responses", "-q", "--dataset", "tiny-data:images=32", "--subject",
        "s1", "--roi", "early", "--out", file.toString());
    assertBadInput(responses, "--out " + file, "a regular file");
    Cli dry = Cli.run("run", "-q", study.toString(), "--out", file.toString(), "--dry-run");
    assertBadInput(dry, "--out " + file, "a regular file");
    Cli cache = Cli.run("run", "-q", study.toString(), "--out", dir.resolve("o").toString(),
        "--cache", file.toString(), "--dry-run");
    assertBadInput(cache, "--cache " + file, "a regular file");
    assertThat(Files.readString(file)).isEqualTo("not a folder");
  }
}
