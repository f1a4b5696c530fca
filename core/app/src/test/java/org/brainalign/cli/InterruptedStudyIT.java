package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study killed with SIGKILL part-way (between cells, or in the middle of its feature extraction)
 * or interrupted with Ctrl-C or SIGTERM (exit 130) resumes to exactly the tables of an
 * uninterrupted run; two studies sharing one feature cache at the same time both finish with the
 * same tables, and a second study started into a folder being written is refused.
 */
class InterruptedStudyIT {
  private static final String STUDY = """
      name: interrupted
      model: {spec: "resnet50:weights=random:0,resize=32,crop=32,batch=16",
              layers: [layer1, layer2, layer4]}
      dataset: {spec: "simulated:images=80,size=32", rois: [early, late]}
      reducers:
        - none
        - {spec: "sparse-random-projection:axis=channel", dims: [2, 8], layers: [layer1]}
      metrics: ["cross-decomposition:folds=4,permutations=3000"]
      """;

  /** A longer extraction (600 images), to be killed half-way through. */
  private static final String LONG_EXTRACTION = """
      name: long-extraction
      model: {spec: "resnet50:weights=random:0,resize=32,crop=32,batch=8",
              layers: [layer1, avgpool]}
      dataset: {spec: "simulated:images=600,size=32", rois: [early]}
      reducers: [none]
      metrics: ["cka"]
      """;

  @TempDir
  static Path dir;
  static Path study;
  static Path reference;

  private static Process start(Path out, Path cache, String name) throws IOException {
    return start(study, out, cache, name);
  }

  private static Process start(Path study, Path out, Path cache, String name) throws IOException {
    List<String> args = new ArrayList<>(List.of("run", "-q", study.toString(), "--out",
        out.toString()));
    if (cache != null) {
      args.addAll(List.of("--cache", cache.toString()));
    }
    return LaunchedRun.start(dir, name, args);
  }

  private static void finish(Process p, String name) throws Exception {
    LaunchedRun.finish(p, dir, name);
  }

  @BeforeAll
  static void uninterrupted() throws Exception {
    study = dir.resolve("study.yaml");
    Files.writeString(study, STUDY);
    reference = dir.resolve("reference");
    finish(start(reference, null, "reference"), "reference");
  }

  private static long finishedCells(Path out) throws IOException {
    Path cells = out.resolve("cells");
    if (!Files.isDirectory(cells)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(cells)) {
      return s.filter(c -> Files.exists(c.resolve("summary.json"))).count();
    }
  }

  private static void assertSameTables(Path out) throws IOException {
    for (String f : List.of("spectra.csv", "scores.csv")) {
      assertThat(Files.readAllBytes(out.resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(reference.resolve(f)));
    }
  }

  @Test
  void killedMidwayThenRerunGivesTheSameTables() throws Exception {
    Path out = dir.resolve("killed");
    Process p = start(out, null, "killed");
    LaunchedRun.awaitWhileRunning(p, () -> finishedCells(out) >= 2, "killed");
    LaunchedRun.kill(p);
    long done = finishedCells(out);
    assertThat(done).as("cells finished before the kill").isBetween(2L, 9L);
    assertThat(out.resolve("spectra.csv")).doesNotExist();
    Process again = start(out, null, "rerun");
    finish(again, "rerun");
    assertThat(Files.readString(dir.resolve("rerun.out"))).contains(done + " resumed");
    assertSameTables(out);
  }

  /**
   * Sends {@code SIG<signal>} once two cells are done and asserts the run stops with exit 130 and
   * says so (issue 17: not silently), its errors in {@code <name>.err}.
   */
  private static void stopsOnSignalSayingSo(Process p, Path out, String signal, String name)
      throws Exception {
    LaunchedRun.awaitWhileRunning(p, () -> finishedCells(out) >= 2, name);
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
    assertThat(kill.waitFor()).isZero();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("stops on SIG" + signal).isTrue();
    assertThat(p.exitValue()).isEqualTo(ExitCodes.INTERRUPTED);
    assertThat(Files.readString(dir.resolve(name + ".err")))
        .contains("interrupted: finished cells are kept").contains("rerun the same command");
  }

  /** Ctrl-C (SIGINT) between cells: exit 130, nothing looks complete, the rerun resumes. */
  @Test
  void interruptedWithCtrlCExits130ThenRerunGivesTheSameTables() throws Exception {
    Path out = dir.resolve("interrupted");
    Process p = start(out, null, "interrupted");
    stopsOnSignalSayingSo(p, out, "INT", "interrupted");
    long done = finishedCells(out);
    assertThat(done).as("cells finished before Ctrl-C").isBetween(2L, 9L);
    assertThat(out.resolve("spectra.csv")).doesNotExist();
    assertThat(out.resolve("scores.csv")).doesNotExist();
    finish(start(out, null, "interrupted-rerun"), "interrupted-rerun");
    assertThat(Files.readString(dir.resolve("interrupted-rerun.out"))).contains(done + " resumed");
    assertSameTables(out);
  }

  @Test
  void terminatedWithSigtermSaysSoAndExits130LikeCtrlC() throws Exception {
    Path out = dir.resolve("terminated");
    Process p = start(out, null, "terminated");
    stopsOnSignalSayingSo(p, out, "TERM", "terminated");
    assertThat(out.resolve("study.json")).doesNotExist();
    finish(start(out, null, "terminated-rerun"), "terminated-rerun");
    assertSameTables(out);
  }

  @Test
  void anotherStudyStartedIntoTheSameOutIsRefusedWhileTheFirstRuns() throws Exception {
    Path out = dir.resolve("contended");
    Process a = start(out, null, "contended-a");
    LaunchedRun.awaitWhileRunning(a, () -> finishedCells(out) >= 1, "the second study starts");
    Path other = dir.resolve("other-study.yaml");
    Files.writeString(other, STUDY.replace("name: interrupted", "name: another"));
    Process b = start(other, out, null, "contended-b");
    assertThat(b.waitFor(5, TimeUnit.MINUTES)).as("the second study stops").isTrue();
    assertThat(b.exitValue()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Files.readString(dir.resolve("contended-b.err")))
        .contains("is being written by brainalign run (study 'interrupted')");
    finish(a, "contended-a");
    assertSameTables(out);
  }

  @Test
  void twoStudiesShareOneCacheAtOnce() throws Exception {
    Path cache = dir.resolve("shared-cache");
    Process a = start(dir.resolve("a"), cache, "a");
    Process b = start(dir.resolve("b"), cache, "b");
    finish(a, "a");
    finish(b, "b");
    assertSameTables(dir.resolve("a"));
    assertSameTables(dir.resolve("b"));
  }

  /** The cache entries' {@code layer1.npy.partial} files and their progress records. */
  private static boolean extractionHalfRecorded(Path cache) throws IOException {
    if (!Files.isDirectory(cache)) {
      return false;
    }
    try (Stream<Path> s = Files.list(cache)) {
      return s.filter(d -> d.getFileName().toString().startsWith("layer1-"))
          .anyMatch(d -> Files.exists(d.resolve("progress.json"))
              && d.resolve("layer1.npy.partial").toFile().length() > (2 << 20));
    }
  }

  @Test
  void killedDuringFeatureExtractionResumesItAndGivesTheSameTables() throws Exception {
    Path longStudy = dir.resolve("long.yaml");
    Files.writeString(longStudy, LONG_EXTRACTION);
    Path ref = dir.resolve("long-reference");
    finish(start(longStudy, ref, null, "long-reference"), "long-reference");
    Path out = dir.resolve("long-killed");
    Process p = start(longStudy, out, null, "long-killed");
    LaunchedRun.awaitWhileRunning(p, () -> extractionHalfRecorded(out.resolve("cache")), "killed");
    LaunchedRun.kill(p);
    finish(start(longStudy, out, null, "long-rerun"), "long-rerun");
    Matcher m = Pattern.compile("resuming at image (\\d+) of 600")
        .matcher(Files.readString(dir.resolve("long-rerun.err")));
    assertThat(m.find()).as("the rerun resumes the extraction").isTrue();
    assertThat(Long.parseLong(m.group(1))).isBetween(8L, 592L);
    assertThat(Long.parseLong(m.group(1)) % 8).as("at the end of a batch").isZero();
    for (String f : List.of("spectra.csv", "scores.csv")) {
      assertThat(out.resolve(f)).as(f).hasSameBinaryContentAs(ref.resolve(f));
    }
    try (Stream<Path> s = Files.list(ref.resolve("cache"))) {
      for (Path entry : (Iterable<Path>) s.filter(Files::isDirectory)::iterator) {
        String layer = entry.getFileName().toString().startsWith("layer1-") ? "layer1" : "avgpool";
        Path resumed = out.resolve("cache").resolve(entry.getFileName()).resolve(layer + ".npy");
        assertThat(resumed).as("cached " + layer).hasSameBinaryContentAs(entry.resolve(layer + ".npy"));
        assertThat(resumed.resolveSibling("progress.json")).doesNotExist();
      }
    }
  }
}
