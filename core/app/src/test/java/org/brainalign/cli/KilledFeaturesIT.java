package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.brainalign.formats.json.JsonFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brainalign features} killed with SIGKILL in the middle of extraction (through the real
 * launcher) leaves nothing that looks complete (only {@code *.partial} files and
 * {@code progress.json}); the rerun resumes at the last finished batch and gives byte for byte the
 * feature store of an uninterrupted run. With {@code --force} the rerun starts over instead.
 */
class KilledFeaturesIT {
  private static final String MODEL = "resnet50:weights=random:0,resize=32,crop=32,batch=8";
  private static final int IMAGES = 1200;

  @TempDir
  static Path dir;
  static Path images;
  static Path reference;

  private static Process start(Path out, String name, String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("features", "-q", "--model", MODEL, "--images",
        images.toString(), "--layers", "layer1,avgpool", "--out", out.toString()));
    args.addAll(List.of(extra));
    return LaunchedRun.start(dir, name, args);
  }

  private static void finish(Process p, String name) throws Exception {
    LaunchedRun.finish(p, dir, name);
  }

  @BeforeAll
  static void uninterrupted() throws Exception {
    images = Files.createDirectories(dir.resolve("images"));
    Random rnd = new Random(7);
    for (int i = 0; i < IMAGES; i++) {
      BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < 40; y++) {
        for (int x = 0; x < 40; x++) {
          img.setRGB(x, y, rnd.nextInt(1 << 24));
        }
      }
      ImageIO.write(img, "png", images.resolve(String.format("im%04d.png", i)).toFile());
    }
    reference = dir.resolve("reference");
    finish(start(reference, "reference"), "reference");
  }

  /** The files of {@code out}, less the output-folder lock (bookkeeping, never a result). */
  private static List<String> names(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(OutputLock.FILE))
          .sorted().toList();
    }
  }

  /**
   * Kills the process once layer1's partial file holds some batches (over 2 MB written) and their
   * progress is recorded.
   */
  private static void killMidExtraction(Process p, Path out) throws Exception {
    Path partial = out.resolve("layer1.npy.partial");
    LaunchedRun.awaitWhileRunning(p, () -> Files.exists(partial) && Files.size(partial) > (2 << 20)
        && Files.exists(out.resolve("progress.json")), "killed");
    LaunchedRun.kill(p);
    assertThat(Files.size(partial)).as("partly written").isLessThan(Files.size(
        reference.resolve("layer1.npy")));
  }

  private static void assertSameStore(Path out) throws IOException {
    for (String f : List.of("layer1.npy", "avgpool.npy", "stimuli.csv")) {
      assertThat(Files.readAllBytes(out.resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(reference.resolve(f)));
    }
    Map<String, Object> m = JsonFiles.read(out.resolve("manifest.json"));
    assertThat(m.get("files")).isEqualTo(JsonFiles.read(reference.resolve("manifest.json"))
        .get("files"));
    assertThat(names(out)).noneMatch(n -> n.endsWith(".partial"));
  }

  /** The image the run resumed at, from its "resuming at image K of N" line, or -1. */
  private static long resumedAt(String name) throws IOException {
    Matcher m = Pattern.compile("resuming at image (\\d+) of " + IMAGES)
        .matcher(Files.readString(dir.resolve(name + ".err")));
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static void assertResumedMidway(String name) throws IOException {
    long k = resumedAt(name);
    assertThat(k).as(name + " resumed at image K, 0 < K < " + IMAGES).isBetween(1L, IMAGES - 1L);
    assertThat(k % 8).as("K ends a batch of 8").isZero();
  }

  @Test
  void killedMidwayLeavesNothingCompleteAndTheRerunResumesAndMatches() throws Exception {
    Path out = dir.resolve("killed");
    killMidExtraction(start(out, "killed"), out);
    // A kill while the record is replaced leaves its temporary (progress.json.tmp-<host>-<pid>-<n>),
    // which nothing reads and the next writer removes.
    assertThat(names(out)).as("only partial files and the progress record after the kill")
        .isNotEmpty().allMatch(n -> n.endsWith(".partial") || n.equals("progress.json")
            || n.startsWith("progress.json.tmp-"));
    finish(start(out, "rerun"), "rerun");
    assertResumedMidway("rerun");
    assertSameStore(out);
    assertThat(names(out)).doesNotContain("progress.json")
        .noneMatch(n -> n.startsWith("progress.json.tmp-"));
  }

  @Test
  void killedWhileOverwritingAFinishedStoreLeavesNoManifest() throws Exception {
    Path out = dir.resolve("forced");
    finish(start(out, "first"), "first");
    killMidExtraction(start(out, "forced", "--force"), out);
    assertThat(out.resolve("manifest.json")).as("the old manifest goes first").doesNotExist();
    finish(start(out, "after"), "after");
    assertResumedMidway("after");
    assertSameStore(out);
  }

  @Test
  void forceStartsOverInsteadOfResuming() throws Exception {
    Path out = dir.resolve("restart");
    killMidExtraction(start(out, "interrupted"), out);
    finish(start(out, "restarted", "--force"), "restarted");
    assertThat(resumedAt("restarted")).as("no resume with --force").isEqualTo(-1);
    assertThat(Files.readString(dir.resolve("restarted.err"))).doesNotContain("resum");
    assertSameStore(out);
  }
}
