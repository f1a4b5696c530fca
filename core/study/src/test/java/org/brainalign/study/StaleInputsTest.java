package org.brainalign.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.formats.npy.NpyWriter;
import org.brainalign.engine.plugins.PluginHost;
import org.brainalign.formats.npy.NpyDtype;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of input edited in place, then the study rerun into the same output folder and cache:
 * exactly the cells that read the edited input are computed again, the log says what changed, and
 * the tables equal those of a fresh run (new folder, new cache) byte for byte. A file touched
 * without being changed recomputes nothing.
 */
class StaleInputsTest {
  private static final int IMAGES = 24;
  private static final int CELLS = 16; // 2 subjects × 2 ROIs × 2 layers × 2 metrics

  @TempDir
  Path dir;
  PluginHost host;
  Path data;
  int fresh;

  @BeforeEach
  void setUp() throws IOException {
    host = PluginHost.load(List.of(Path.of(System.getProperty("brainalign.plugins"))));
    data = dir.resolve("data");
    Files.createDirectories(data.resolve("images"));
    Random random = new Random(7);
    for (int i = 0; i < IMAGES; i++) {
      writeImage(data.resolve("images").resolve(String.format("im%02d.png", i)), random);
    }
    for (String s : List.of("S1", "S2")) {
      Files.createDirectories(data.resolve(s));
      writeResponses(data.resolve(s).resolve("betas.npy"), random);
      StringBuilder rows = new StringBuilder("stimulus,session\n");
      for (int i = 0; i < IMAGES; i++) {
        rows.append(String.format("im%02d,%s%n", i, i < IMAGES / 2 ? "A" : "B"));
      }
      Files.writeString(data.resolve(s).resolve("rows.csv"), rows);
      Files.writeString(data.resolve(s).resolve("voxels.csv"),
          "id,roi\nv0,r1\nv1,r1\nv2,r1\nv3,r1\nv4,r2\nv5,r2\nv6,r2\nv7,r2\n");
    }
    Files.writeString(data.resolve("dataset.yaml"), """
        stimuli: images
        subjects:
          S1: {responses: S1/betas.npy, rows: S1/rows.csv, voxels: S1/voxels.csv}
          S2: {responses: S2/betas.npy, rows: S2/rows.csv, voxels: S2/voxels.csv}
        """);
    Files.write(dir.resolve("weights.bin"), new byte[] {10, 20, 30});
  }

  @AfterEach
  void tearDown() {
    host.close();
  }

  private static void writeImage(Path file, Random random) throws IOException {
    BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 16; y++) {
      for (int x = 0; x < 16; x++) {
        img.setRGB(x, y, random.nextInt(1 << 24));
      }
    }
    ImageIO.write(img, "png", file.toFile());
  }

  private static void writeResponses(Path file, Random random) {
    double[] v = new double[IMAGES * 8];
    for (int k = 0; k < v.length; k++) {
      v[k] = random.nextGaussian();
    }
    NpyWriter.write(file, new DenseMatrix(IMAGES, 8, v), NpyDtype.FLOAT32);
  }

  private String study(int seed) {
    return """
        name: stale inputs
        model: {spec: "tiny-model:weights=%s", layers: [local, pooled]}
        dataset: {spec: "folder:root=%s,zscore=none", subjects: [S1, S2], rois: [r1, r2]}
        metrics: [cka, "cross-decomposition:permutations=5"]
        cross-validation: {folds: 3, seed: %d}
        """.formatted(dir.resolve("weights.bin"), data, seed);
  }

  private record Run(StudyRunner.Outcome outcome, String log) {}

  private Run run(Path out, int seed) {
    StringWriter log = new StringWriter();
    try (StudyPlan plan = StudyPlan.resolve(StudyFile.parse(study(seed), "study.yaml"),
        host.registry())) {
      StudyRunner.Outcome o = new StudyRunner(plan, out, out.resolve("cache"), RunContext.quiet(2),
          new PrintWriter(log, true)).run();
      return new Run(o, log.toString());
    }
  }

  /** Reruns into {@code out}, checks the count recomputed and the tables against a fresh run. */
  private Run rerun(Path out, int seed, int expectComputed) throws IOException {
    Run r = run(out, seed);
    assertThat(r.outcome().computed()).as(r.log()).isEqualTo(expectComputed);
    assertThat(r.outcome().resumed()).isEqualTo(CELLS - expectComputed);
    Path other = dir.resolve("fresh" + fresh++);
    run(other, seed);
    for (String table : List.of("scores.csv", "spectra.csv")) {
      assertThat(Files.readString(out.resolve(table))).as(table)
          .isEqualTo(Files.readString(other.resolve(table)));
    }
    return r;
  }

  private static void rewrite(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  @Test
  void eachEditedInputRecomputesExactlyItsCells() throws IOException {
    Path out = dir.resolve("out");
    assertThat(run(out, 0).outcome().computed()).isEqualTo(CELLS);

    // an image re-saved under the same name: both subjects see it, every cell reads its features
    writeImage(data.resolve("images").resolve("im03.png"), new Random(99));
    Run image = rerun(out, 0, CELLS);
    assertThat(image.log()).contains("1 of 24 stimulus files changed (im03.png) since the cache "
        + "was written: re-extracting");

    // S1's response matrix, same shape: S1's 8 cells
    writeResponses(data.resolve("S1").resolve("betas.npy"), new Random(5));
    Run responses = rerun(out, 0, 8);
    assertThat(responses.log()).contains("S1 local none: 4 finished cells are no longer current "
        + "(the responses changed)");

    // S2's rows table: two stimuli swapped
    rewrite(data.resolve("S2").resolve("rows.csv"), "im00,A\nim01,A", "im01,A\nim00,A");
    rerun(out, 0, 8);

    // S1's voxel table: v3 moves from r1 to r2
    rewrite(data.resolve("S1").resolve("voxels.csv"), "v3,r1", "v3,r2");
    rerun(out, 0, 8);

    // dataset.yaml: S2 reads another file; both subjects' responses are described by it
    Files.copy(data.resolve("S1").resolve("betas.npy"), data.resolve("S2").resolve("other.npy"));
    rewrite(data.resolve("dataset.yaml"), "S2/betas.npy", "S2/other.npy");
    rerun(out, 0, CELLS);

    // the model's weights file: every entry is another one
    Files.write(dir.resolve("weights.bin"), new byte[] {99, 20, 30});
    Run weights = rerun(out, 0, CELLS);
    assertThat(weights.log()).contains("its features are another cache entry");

    // a study option: the cross-validation seed reaches cross-decomposition's cells only
    rerun(out, 1, 8);

    // every input touched, nothing changed: nothing is computed
    try (Stream<Path> files = Files.walk(data)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
      }
    }
    Run touched = run(out, 1);
    assertThat(touched.outcome().computed()).as(touched.log()).isZero();
    assertThat(touched.log()).doesNotContain("re-extracting");
  }

  @Test
  void aMergeRefusesCellsWhoseInputsChangedSayingWhat() throws IOException {
    Path out = dir.resolve("out");
    run(out, 0);
    writeResponses(data.resolve("S2").resolve("betas.npy"), new Random(11));
    try (StudyPlan plan = StudyPlan.resolve(StudyFile.parse(study(0), "study.yaml"),
        host.registry())) {
      StudyRunner runner = new StudyRunner(plan, out, out.resolve("cache"), RunContext.quiet(2),
          new PrintWriter(new StringWriter(), true));
      org.assertj.core.api.Assertions.assertThatThrownBy(runner::merge)
          .isInstanceOf(org.brainalign.api.InvalidInputException.class)
          .hasMessageContaining("8 of 16 cells are stale (their inputs changed since they were "
              + "computed)")
          .hasMessageContaining("S2_r1_local_none_cka_")
          .hasMessageContaining(": the responses changed");
    }
  }

  @Test
  void aStudyThatDropsNonFiniteColumnsGetsThemFromTheFolderDataset() throws IOException {
    double[] v = new double[IMAGES * 8];
    Random random = new Random(3);
    for (int k = 0; k < v.length; k++) {
      v[k] = random.nextGaussian();
    }
    v[5 * 8 + 6] = Double.POSITIVE_INFINITY; // row 5, column 6 of S1's array
    NpyWriter.write(data.resolve("S1").resolve("betas.npy"), new DenseMatrix(IMAGES, 8, v),
        NpyDtype.FLOAT64);
    String text = study(0).replace("metrics: [cka, \"cross-decomposition:permutations=5\"]",
        "metrics: [cka]");
    // the study's error names the value where it is in the file
    try (StudyPlan plan = StudyPlan.resolve(StudyFile.parse(text, "s.yaml"), host.registry())) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StudyRunner(plan,
          dir.resolve("a"), dir.resolve("a/cache"), RunContext.quiet(2),
          new PrintWriter(new StringWriter(), true)).run())
          .hasMessageContaining("+Inf at row 5, column 6");
    }
    // under analysis: {non-finite: drop} the dataset passes it on and the study drops the voxel
    StringWriter log = new StringWriter();
    try (StudyPlan plan = StudyPlan.resolve(StudyFile.parse(text + "analysis: {non-finite: drop}\n",
        "s.yaml"), host.registry())) {
      new StudyRunner(plan, dir.resolve("b"), dir.resolve("b/cache"), RunContext.quiet(2),
          new PrintWriter(log, true)).run();
    }
    assertThat(log.toString()).contains("non-finite:");
    assertThat(Files.readString(dir.resolve("b/scores.csv"))).contains("S1");
  }

  @Test
  void anEditedCachedGramMatrixIsRecomputedNotTrusted() throws IOException {
    Path out = dir.resolve("out");
    String study = """
        name: gram
        model: {spec: tiny-model, layers: [local]}
        dataset: {spec: "folder:root=%s,zscore=none", subjects: [S1], rois: [r1]}
        metrics: ["cross-decomposition:permutations=5,route=dual"]
        cross-validation: {folds: 3, seed: 0}
        """.formatted(data);
    StringWriter first = new StringWriter();
    try (StudyPlan plan = StudyPlan.resolve(StudyFile.parse(study, "s.yaml"), host.registry())) {
      new StudyRunner(plan, out, out.resolve("cache"), RunContext.quiet(2),
          new PrintWriter(first, true)).run();
    }
    String scores = Files.readString(out.resolve("scores.csv"));
    Path gram;
    try (Stream<Path> s = Files.walk(out.resolve("cache"))) {
      gram = s.filter(p -> p.getFileName().toString().endsWith(".gram.npy")).findFirst()
          .orElseThrow();
    }
    // scale two entries by 1.5, as a careless hand or a bad disk would
    byte[] bytes = Files.readAllBytes(gram);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int header = bytes.length - 8 * IMAGES * IMAGES;
    for (int k : new int[] {0, IMAGES + 1}) {
      b.putDouble(header + 8 * k, b.getDouble(header + 8 * k) * 1.5);
    }
    Files.write(gram, bytes);
    // the cell is removed so that it is computed again from the cache
    try (Stream<Path> s = Files.list(out.resolve("cells"))) {
      for (Path c : (Iterable<Path>) s::iterator) {
        CellOutput.deleteTree(c);
      }
    }
    StringWriter second = new StringWriter();
    try (StudyPlan plan = StudyPlan.resolve(StudyFile.parse(study, "s.yaml"), host.registry())) {
      new StudyRunner(plan, out, out.resolve("cache"), RunContext.quiet(2),
          new PrintWriter(second, true)).run();
    }
    assertThat(second.toString()).contains("does not match the digest recorded when it was "
        + "written").contains("recomputing it");
    assertThat(Files.readString(out.resolve("scores.csv"))).isEqualTo(scores);
  }
}
