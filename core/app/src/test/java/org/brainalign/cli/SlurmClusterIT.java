package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study on a real SLURM cluster (the one {@code .ci/slurm-up} starts: one controller, two
 * emulated nodes on this host): {@code brainalign slurm --submit} gives the tables of
 * {@code brainalign run}; a cancelled task, resubmitted, recomputes only its own work; two studies
 * sharing one cache extract at once and read only complete entries; tasks of one array run on both
 * nodes. Skipped, with the reason, when no cluster is up ({@code BRAINALIGN_SLURM} unset).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlurmClusterIT {
  private static final String STUDY = """
      name: slurm-it
      model: {spec: "resnet50:weights=random:0,resize=32,crop=32,batch=16",
              layers: [layer1, layer4]}
      dataset: {spec: "simulated:images=80,size=32", rois: [early, late]}
      reducers: [none]
      metrics: ["cross-decomposition:folds=4,permutations=300", "cka"]
      """;
  private static final Pattern JOB = Pattern.compile("^(\\w+): job (\\d+), tasks (\\S+)",
      Pattern.MULTILINE);

  @TempDir
  static Path dir;
  static Path study;
  static Path reference;
  static Path root;

  @BeforeAll
  static void clusterAndReference() throws Exception {
    Assumptions.assumeTrue(System.getenv("BRAINALIGN_SLURM") != null,
        "no SLURM cluster: BRAINALIGN_SLURM is unset (start one with "
            + "'eval \"$(.ci/slurm-up)\"', as .ci/run does)");
    root = Path.of(System.getProperty("brainalign.root", "../..")).toAbsolutePath();
    study = dir.resolve("study.yaml");
    Files.writeString(study, STUDY);
    reference = dir.resolve("reference");
    long t = System.nanoTime();
    run("reference", "run", "-q", study.toString(), "--out", reference.toString());
    System.out.printf("SlurmClusterIT: local run %.1f s%n", (System.nanoTime() - t) / 1e9);
  }

  private static String run(String name, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(root.resolve("brainalign").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
    pb.environment().put("BRAINALIGN_NO_BUILD", "1");
    pb.redirectOutput(dir.resolve(name + ".out").toFile());
    pb.redirectError(dir.resolve(name + ".err").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as(name + " finished").isTrue();
    String out = Files.readString(dir.resolve(name + ".out"));
    assertThat(p.exitValue()).as(name + ": " + out + Files.readString(dir.resolve(name + ".err")))
        .isZero();
    return out;
  }

  private static String submit(String name, Path study, Path out, Path cache) throws Exception {
    List<String> args = new ArrayList<>(List.of("slurm", study.toString(), "--out",
        out.toString(), "--cpus-per-task", "2", "--mem", "2G", "--time", "20:00", "--submit"));
    if (cache != null) {
      args.addAll(List.of("--cache", cache.toString()));
    }
    return run(name, args.toArray(String[]::new));
  }

  /** Job ids by stage, from what {@code slurm --submit} printed. */
  private static Map<String, String> jobs(String printed) {
    Map<String, String> m = new HashMap<>();
    Matcher x = JOB.matcher(printed);
    while (x.find()) {
      m.put(x.group(1), x.group(2));
    }
    return m;
  }

  private static String sh(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
    return out;
  }

  /** Waits until the job is running. */
  private static void awaitRunning(String job) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      if (sh("squeue", "-h", "-j", job, "-o", "%T").trim().equals("RUNNING")) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("SLURM job " + job + " did not start: " + sh("squeue"));
  }

  /** Waits until none of the jobs is queued or running. */
  private static void drain(Map<String, String> jobs) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    String ids = String.join(",", jobs.values());
    while (System.nanoTime() < deadline) {
      if (sh("squeue", "-h", "-j", ids, "-o", "%i").isBlank()) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("SLURM jobs " + ids + " still queued after 10 minutes: "
        + sh("squeue"));
  }

  private static void assertSameTables(Path out) throws IOException {
    for (String f : List.of("spectra.csv", "scores.csv")) {
      assertThat(out.resolve(f)).as(f).hasSameBinaryContentAs(reference.resolve(f));
    }
  }

  private static Map<Path, FileTime> summaries(Path out) throws IOException {
    Map<Path, FileTime> m = new HashMap<>();
    try (Stream<Path> s = Files.list(out.resolve("cells"))) {
      for (Path c : (Iterable<Path>) s::iterator) {
        Path summary = c.resolve("summary.json");
        if (Files.exists(summary)) {
          m.put(c.getFileName(), Files.getLastModifiedTime(summary));
        }
      }
    }
    return m;
  }

  @Test
  @Order(1)
  void submittedStudyGivesTheTablesOfRunAndUsesBothNodes() throws Exception {
    Path out = dir.resolve("submitted");
    long t = System.nanoTime();
    Map<String, String> jobs = jobs(submit("submit", study, out, null));
    assertThat(jobs).containsKeys("features", "gram", "cells", "merge");
    drain(jobs);
    System.out.printf("SlurmClusterIT: slurm --submit to merged tables %.1f s%n",
        (System.nanoTime() - t) / 1e9);
    assertSameTables(out);
    try (Stream<Path> logs = Files.list(out.resolve("slurm/logs"))) {
      assertThat(logs.count()).as("one log per task").isEqualTo(1 + 2 + 2 + 1);
    }
    Set<String> nodes = new TreeSet<>();
    for (int k = 0; k < 2; k++) {
      String log = Files.readString(out.resolve("slurm/logs/cells-" + jobs.get("cells") + "_" + k
          + ".out"));
      Matcher m = Pattern.compile("on node (\\S+)").matcher(log);
      assertThat(m.find()).as(log).isTrue();
      nodes.add(m.group(1));
    }
    assertThat(nodes).as("nodes that ran tasks of the cells array").containsExactly("n1", "n2");
  }

  @Test
  @Order(2)
  void aCancelledTaskResubmittedRecomputesOnlyTheMissingWork() throws Exception {
    Path out = dir.resolve("cancelled");
    Map<String, String> jobs = jobs(submit("cancel-submit", study, out, null));
    String victim = jobs.get("cells") + "_1";
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
    while (System.nanoTime() < deadline
        && !sh("squeue", "-h", "-j", victim, "-o", "%T").contains("RUNNING")) {
      Thread.sleep(200);
    }
    assertThat(sh("squeue", "-h", "-j", victim, "-o", "%T")).contains("RUNNING");
    Thread.sleep(1500);
    sh("scancel", victim);
    drain(jobs);
    assertThat(out.resolve("spectra.csv")).as("no merge after a cancelled task").doesNotExist();
    Map<Path, FileTime> before = summaries(out);
    assertThat(before.size()).as("cells finished before the resubmission").isBetween(4, 7);
    String again = run("resubmit", "slurm", study.toString(), "--out", out.toString(),
        "--cpus-per-task", "2", "--mem", "2G", "--submit");
    assertThat(again).contains("features: every task done, not submitted")
        .contains("gram: every task done, not submitted")
        .containsPattern("cells: job \\d+, tasks 1 \\(1 of 2\\)");
    drain(jobs(again));
    assertSameTables(out);
    Map<Path, FileTime> after = summaries(out);
    for (Map.Entry<Path, FileTime> e : before.entrySet()) {
      assertThat(after.get(e.getKey())).as("kept, not recomputed: " + e.getKey())
          .isEqualTo(e.getValue());
    }
    assertThat(after).hasSize(8);
  }

  @Test
  @Order(3)
  void twoStudiesSharingOneCacheExtractAtOnceAndReadOnlyCompleteEntries() throws Exception {
    Path cache = dir.resolve("shared-cache");
    Path other = dir.resolve("other.yaml");
    Files.writeString(other, STUDY.replace("name: slurm-it", "name: slurm-it-other"));
    // Both nodes held by a blocker job while the two studies are submitted, so that the second
    // submission still finds the shared entries missing (it would skip its features task had the
    // first already extracted them) and both features tasks start the moment the blocker goes.
    String blocker = sh("sbatch", "--parsable", "--nodes=2", "--exclusive", "--time=10:00",
        "--output=/dev/null", "--wrap", "sleep 600").trim();
    awaitRunning(blocker);
    Map<String, String> a;
    Map<String, String> b;
    try {
      a = jobs(submit("shared-a", study, dir.resolve("shared-a"), cache));
      b = jobs(submit("shared-b", other, dir.resolve("shared-b"), cache));
      assertThat(a).containsKey("features");
      assertThat(b).as("both studies submitted a features task").containsKey("features");
    } finally {
      sh("scancel", blocker);
    }
    drain(a);
    drain(b);
    assertSameTables(dir.resolve("shared-a"));
    assertSameTables(dir.resolve("shared-b"));
    // One extracted the shared entries, the other waited on their locks (or came later) and found
    // them complete: never both, and never a half-written entry (the tables above would differ).
    String fa = Files.readString(dir.resolve("shared-a/slurm/logs/features-" + a.get("features")
        + "_0.out"));
    String fb = Files.readString(dir.resolve("shared-b/slurm/logs/features-" + b.get("features")
        + "_0.out"));
    assertThat(fa.contains("layer/reducer outputs") ^ fb.contains("layer/reducer outputs"))
        .as("exactly one study extracted:\n" + fa + "\n" + fb).isTrue();
    assertThat(fa.contains(": cached") ^ fb.contains(": cached")).as(fa + "\n" + fb).isTrue();
    try (Stream<Path> s = Files.walk(cache)) {
      List<String> left = s.map(p -> p.getFileName().toString())
          .filter(n -> n.contains(".tmp-") || n.endsWith(".partial"))
          .collect(Collectors.toList());
      assertThat(left).as("temporary files left in the shared cache").isEmpty();
    }
  }

  @Test
  @Order(4)
  void referenceSpectraOnSlurmAreThoseOfOneProcess() throws Exception {
    Path data = org.brainalign.study.ReferenceSpectraGoldenTest.dataset(dir.resolve("ref-data"));
    Path refs = dir.resolve("references.yaml");
    Files.writeString(refs, """
        name: slurm-references
        model: {spec: "resnet50:weights=random:0,resize=32,crop=32,batch=16", layers: [layer1]}
        dataset: {spec: "folder:root=%s", rois: [V1]}
        metrics: ["cross-decomposition:folds=3,permutations=100"]
        references: [within-subject, between-subject]
        """.formatted(data));
    Path local = dir.resolve("ref-local");
    run("ref-local", "run", "-q", refs.toString(), "--out", local.toString());
    Path out = dir.resolve("ref-slurm");
    Map<String, String> jobs = jobs(submit("ref-submit", refs, out, null));
    drain(jobs);
    for (String f : List.of("references.csv", "scores.csv", "spectra.csv")) {
      assertThat(out.resolve(f)).as(f).hasSameBinaryContentAs(local.resolve(f));
    }
    assertThat(Files.readString(out.resolve("references.csv"))).contains("between-subject");
  }
}
