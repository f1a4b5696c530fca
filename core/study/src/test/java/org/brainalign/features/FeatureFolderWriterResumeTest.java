package org.brainalign.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.brainalign.api.model.ActivationSink;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.RunContext;
import org.brainalign.formats.AtomicFiles;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.formats.npy.NpyDtype;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feature store abandoned in the middle of extraction (the store is never closed, as when the
 * process is killed) is resumed by {@link FeatureFolderWriter#resume} + {@link Extraction#run}: the model
 * runs only on the images after the recorded rows and the files, digests included, equal those of
 * an uninterrupted run. A partial file or record that does not match, or another definition, makes
 * it start again from image 0, saying why.
 */
class FeatureFolderWriterResumeTest {
  private static final int IMAGES = 11;
  private static final int BATCH = 3;
  private static final String DEFINITION = "definition-1";
  private final List<LayerInfo> layers = List.of(new LayerInfo("conv", new int[] {2, 2, 3}),
      new LayerInfo("fc", new int[] {5}));

  @TempDir
  Path dir;
  ImageFolder images;
  Path reference;
  final AtomicInteger read = new AtomicInteger();
  final StringWriter log = new StringWriter();

  /** Activations computed from each image's pixels, in batches of {@link #BATCH}. */
  private final VisionModel model = new VisionModel() {
    @Override
    public List<LayerInfo> layers() {
      return layers;
    }

    @Override
    public void extract(ImageSource src, List<String> names, ActivationSink sink, RunContext c) {
      for (int first = 0; first < src.size(); first += BATCH) {
        int n = Math.min(BATCH, src.size() - first);
        for (LayerInfo l : layers) {
          float[] v = new float[n * l.size()];
          for (int i = 0; i < n; i++) {
            RgbImage img = src.read(first + i);
            read.incrementAndGet();
            for (int j = 0; j < l.size(); j++) {
              v[i * l.size() + j] = (img.pixels()[j % img.pixels().length] & 0xff) * 0.1f + j;
            }
          }
          sink.accept(l.name(), first, n, v);
        }
      }
    }

    @Override
    public Map<String, Object> provenance() {
      return Map.of();
    }

    @Override
    public void close() {}
  };

  /** Thrown by a sink to stop the model, like a kill: the store is left open, never closed. */
  private static final class Killed extends RuntimeException {}

  @BeforeEach
  void setUp() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("images"));
    for (int i = 0; i < IMAGES; i++) {
      BufferedImage img = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
      img.setRGB(i % 2, 0, (17 * i + 3) << 8 | i);
      ImageIO.write(img, "png", folder.resolve(String.format("im%02d.png", i)).toFile());
    }
    images = ImageFolder.open(folder);
    reference = dir.resolve("reference");
    try (FeatureFolderWriter s = FeatureFolderWriter.create(reference, layers, Map.of(), IMAGES,
        NpyDtype.FLOAT32, DEFINITION)) {
      Extraction.run(model, images, 0, List.of("conv", "fc"), s, RunContext.quiet(1));
      s.commit(images, Map.of());
    }
  }

  /** Runs the extraction and abandons it at the start of batch {@code killAt} (0-based). */
  private void killAtBatch(Path out, int killAt) {
    FeatureFolderWriter s = FeatureFolderWriter.create(out, layers, Map.of(), IMAGES, NpyDtype.FLOAT32,
        DEFINITION);
    try {
      Extraction.run(model, images, 0, List.of("conv", "fc"), (layer, first, n, v) -> {
        if (first == killAt * BATCH && layer.equals("fc")) {
          throw new Killed(); // "conv" of this batch is written, "fc" is not
        }
        s.accept(layer, first, n, v);
      }, RunContext.quiet(1));
    } catch (Killed expected) {
      // the store is abandoned, not closed
    }
    assertThat(AtomicFiles.partial(out.resolve("conv.npy"))).exists();
    assertThat(out.resolve(ExtractionProgress.FILE)).exists();
    assertThat(out.resolve("conv.npy")).doesNotExist();
  }

  /** Reruns like {@code brainalign features}; returns the first image the model was run from. */
  private long rerun(Path out, String definition) {
    read.set(0);
    long first;
    try (FeatureFolderWriter s = FeatureFolderWriter.resume(out, layers, Map.of(), IMAGES, NpyDtype.FLOAT32,
        definition, Long.MAX_VALUE, new PrintWriter(log, true))) {
      first = s.rows();
      Extraction.run(model, images, first, List.of("conv", "fc"), s, RunContext.quiet(1));
      s.commit(images, Map.of());
    }
    assertThat(read.get()).as("images read by the model").isEqualTo(2 * (IMAGES - first));
    assertThat(out.resolve(ExtractionProgress.FILE)).doesNotExist();
    return first;
  }

  private void assertSameAsReference(Path out) throws IOException {
    for (String f : List.of("conv.npy", "fc.npy", FeatureFolderWriter.STIMULI)) {
      assertThat(Files.readAllBytes(out.resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(reference.resolve(f)));
    }
    assertThat(JsonFiles.read(out.resolve(FeatureFolderWriter.MANIFEST)).get(FeatureFolderWriter.FILES))
        .isEqualTo(JsonFiles.read(reference.resolve(FeatureFolderWriter.MANIFEST)).get(FeatureFolderWriter.FILES));
  }

  /**
   * A rerun in {@code out} with {@code definition} starts again from image 0, writes what an
   * uninterrupted run writes, and logs each of {@code why}.
   */
  private void assertStartsAgain(Path out, String definition, String... why) throws IOException {
    assertThat(rerun(out, definition)).isZero();
    assertSameAsReference(out);
    assertThat(log.toString()).contains(why);
  }

  @Test
  void aResumedRunEqualsAnUninterruptedOne() throws IOException {
    for (int killAt = 1; killAt <= 3; killAt++) {
      Path out = dir.resolve("killed" + killAt);
      killAtBatch(out, killAt);
      assertThat(rerun(out, DEFINITION)).as("resumed at the last finished batch")
          .isEqualTo((long) killAt * BATCH);
      assertSameAsReference(out);
    }
    assertThat(log.toString()).isEmpty();
  }

  @Test
  void killedBeforeTheFirstCheckpointStartsAgainSilently() throws IOException {
    Path out = dir.resolve("early");
    FeatureFolderWriter s = FeatureFolderWriter.create(out, layers, Map.of(), IMAGES, NpyDtype.FLOAT32,
        DEFINITION);
    s.accept("conv", 0, BATCH, new float[BATCH * 12]);
    assertThat(out.resolve(ExtractionProgress.FILE)).doesNotExist();
    assertThat(rerun(out, DEFINITION)).isZero();
    assertSameAsReference(out);
  }

  @Test
  void aCorruptedOrShortPartialFileStartsAgain() throws IOException {
    Path flipped = dir.resolve("flipped");
    killAtBatch(flipped, 2);
    try (RandomAccessFile f = new RandomAccessFile(AtomicFiles.partial(flipped.resolve("fc.npy"))
        .toFile(), "rw")) {
      f.seek(200);
      f.write(f.read() ^ 1);
    }
    assertThat(rerun(flipped, DEFINITION)).isZero();
    assertSameAsReference(flipped);
    assertThat(log.toString()).contains("cannot resume").contains("fc.npy.partial")
        .contains("changed since they were written").contains("starting again from image 0");

    Path cut = dir.resolve("cut");
    killAtBatch(cut, 2);
    Path conv = AtomicFiles.partial(cut.resolve("conv.npy"));
    try (RandomAccessFile f = new RandomAccessFile(conv.toFile(), "rw")) {
      f.setLength(f.length() - (long) 12 * 4 * BATCH - 1); // less than the recorded 6 rows
    }
    assertStartsAgain(cut, DEFINITION, "conv.npy.partial: holds");

    Path gone = dir.resolve("gone");
    killAtBatch(gone, 2);
    Files.delete(AtomicFiles.partial(gone.resolve("fc.npy")));
    assertStartsAgain(gone, DEFINITION, "fc.npy.partial: missing");
  }

  @Test
  void aRecordTemporaryLeftByAKillIsRemovedByTheNextWriter() throws IOException {
    Path out = dir.resolve("stale");
    killAtBatch(out, 2);
    Path stale = out.resolve(ExtractionProgress.FILE + ".tmp-host-4242-7");
    Files.writeString(stale, "{\"half\": ");
    assertThat(rerun(out, DEFINITION)).as("still resumed").isEqualTo(2L * BATCH);
    assertThat(stale).doesNotExist();
    assertSameAsReference(out);
  }

  @Test
  void aChangedDefinitionStartsAgain() throws IOException {
    Path out = dir.resolve("changed");
    killAtBatch(out, 2);
    assertStartsAgain(out, "definition-2", "made by another run");
  }

  @Test
  void aRecordClaimingMoreRowsThanTheFilesHoldStartsAgain() throws IOException {
    Path out = dir.resolve("claims");
    killAtBatch(out, 1);
    // a consistent record for 3 batches, while the files hold 1 (and the "conv" half of batch 2)
    Map<String, Object> doc = JsonFiles.read(out.resolve(ExtractionProgress.FILE));
    Map<String, Object> ls = new LinkedHashMap<>();
    ((Map<?, ?>) doc.get("layers")).forEach((name, l) -> {
      Map<String, Object> m = new LinkedHashMap<>(castMap(l));
      int columns = ((Number) m.get("columns")).intValue();
      m.put("rows", 3 * BATCH);
      m.put("bytes", ((Number) m.get("bytes")).longValue() + 2L * BATCH * columns * 4);
      ls.put((String) name, m);
    });
    doc.put("layers", ls);
    doc.put("rows", 3 * BATCH);
    JsonFiles.write(out.resolve(ExtractionProgress.FILE), doc);
    assertStartsAgain(out, DEFINITION, "says 9 rows", "starting again from image 0");
  }

  @Test
  void aMalformedRecordStartsAgain() throws IOException {
    Path out = dir.resolve("malformed");
    killAtBatch(out, 2);
    Files.writeString(out.resolve(ExtractionProgress.FILE), "{\"definition\": ");
    assertStartsAgain(out, DEFINITION, "progress.json is unreadable");
  }

  @Test
  void createDiscardsAnInterruptedStore() throws IOException {
    Path out = dir.resolve("forced");
    killAtBatch(out, 2);
    try (FeatureFolderWriter s = FeatureFolderWriter.create(out, layers, Map.of(), IMAGES, NpyDtype.FLOAT32,
        DEFINITION)) {
      assertThat(s.rows()).isZero();
      assertThat(out.resolve(ExtractionProgress.FILE)).doesNotExist();
      Extraction.run(model, images, 0, List.of("conv", "fc"), s, RunContext.quiet(1));
      s.commit(images, Map.of());
    }
    assertSameAsReference(out);
  }

  @Test
  void theDefinitionDigestDoesNotDependOnMapOrder() {
    Map<String, Object> ab = new LinkedHashMap<>();
    ab.put("a", 1);
    ab.put("b", List.of(Map.of("x", 1, "y", 2)));
    Map<String, Object> ba = new LinkedHashMap<>();
    ba.put("b", List.of(new java.util.TreeMap<>(Map.of("y", 2, "x", 1))));
    ba.put("a", 1);
    assertThat(FeatureFolderWriter.definitionDigest(ab)).isEqualTo(FeatureFolderWriter.definitionDigest(ba))
        .isNotEqualTo(FeatureFolderWriter.definitionDigest(Map.of("a", 2, "b", ab.get("b"))));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object o) {
    return (Map<String, Object>) o;
  }
}
