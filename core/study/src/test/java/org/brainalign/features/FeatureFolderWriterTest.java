package org.brainalign.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.brainalign.api.BrainAlignException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.reducer.FittedReducer;
import org.brainalign.formats.MatrixFiles;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.formats.npy.NpyDtype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureFolderWriterTest {
  @TempDir Path dir;

  private final List<LayerInfo> layers = List.of(new LayerInfo("layer1", new int[] {2, 3, 3}),
      new LayerInfo("fc", new int[] {4}));

  /** Value of image i, column j: exact in float16 too. */
  private static float value(int i, int j) {
    return i * 0.5f - j * 0.25f;
  }

  private static float[] batch(int first, int count, int columns) {
    float[] v = new float[count * columns];
    for (int i = 0; i < count; i++) {
      for (int j = 0; j < columns; j++) {
        v[i * columns + j] = value(first + i, j);
      }
    }
    return v;
  }

  @Test
  void streamsBatchesIntoNpyStimuliAndManifest() throws IOException {
    for (NpyDtype dtype : List.of(NpyDtype.FLOAT32, NpyDtype.FLOAT16)) {
      Path out = dir.resolve(dtype.descr().replace("<", ""));
      ImageFolder images = folder(5);
      try (FeatureFolderWriter s = new FeatureFolderWriter(out, layers, Map.of(), 5, dtype)) {
        for (int first = 0; first < 5; first += 2) {
          int n = Math.min(2, 5 - first);
          s.accept("layer1", first, n, batch(first, n, 18));
          s.accept("fc", first, n, batch(first, n, 4));
        }
        assertThat(out.resolve(FeatureFolderWriter.MANIFEST)).doesNotExist();
        s.commit(images, Map.of("layers", s.describeLayers()));
      }
      Matrix m = MatrixFiles.open(out.resolve("layer1.npy").toString()).matrix().data();
      assertThat(m.rows()).isEqualTo(5);
      assertThat(m.columns()).isEqualTo(18);
      double[] row = new double[18];
      m.readRows(3, 4, row);
      assertThat(row[17]).isEqualTo(value(3, 17));
      assertThat(Files.readAllLines(out.resolve(FeatureFolderWriter.STIMULI)))
          .containsExactly("image", "img0.png", "img1.png", "img2.png", "img3.png", "img4.png");
      @SuppressWarnings("unchecked")
      Map<String, Object> l1 = (Map<String, Object>) ((Map<String, Object>) JsonFiles
          .read(out.resolve(FeatureFolderWriter.MANIFEST)).get("layers")).get("layer1");
      assertThat(l1.get("shape")).isEqualTo(List.of(2, 3, 3));
      assertThat(l1.get("columns")).isEqualTo(18);
    }
  }

  @Test
  void reducerTransformsEachBatchAndIsRecorded() {
    // Sums adjacent pairs of the 4 fc values: (4) -> (2).
    FittedReducer pairs = new FittedReducer() {
      @Override
      public int[] outputShape() {
        return new int[] {2};
      }

      @Override
      public void transform(float[] in, int count, float[] out) {
        for (int i = 0; i < count * 2; i++) {
          out[i] = in[2 * i] + in[2 * i + 1];
        }
      }

      @Override
      public Map<String, Object> provenance() {
        return Map.of("reducer", "pairs");
      }
    };
    Path out = dir.resolve("reduced");
    try (FeatureFolderWriter s = new FeatureFolderWriter(out, List.of(layers.get(1)), Map.of("fc", pairs), 3,
        NpyDtype.FLOAT32)) {
      s.accept("fc", 0, 2, batch(0, 2, 4));
      s.accept("fc", 2, 1, batch(2, 1, 4));
      assertThat(s.describeLayers().toString()).contains("reduced_shape=[2]").contains("pairs");
      s.commit(images3(), Map.of());
    }
    Matrix m = MatrixFiles.open(out.resolve("fc.npy").toString()).matrix().data();
    assertThat(m.columns()).isEqualTo(2);
    double[] row = new double[2];
    m.readRows(2, 3, row);
    assertThat(row).containsExactly(value(2, 0) + value(2, 1), value(2, 2) + value(2, 3));
  }

  private ImageFolder images3() {
    try {
      return folder(3);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void outOfOrderOrMisSizedBatchesAreRefusedAndNothingIsLeft() throws IOException {
    Path out = dir.resolve("bad");
    try (FeatureFolderWriter s = new FeatureFolderWriter(out, layers, Map.of(), 4, NpyDtype.FLOAT32)) {
      s.accept("fc", 0, 2, batch(0, 2, 4));
      assertThatThrownBy(() -> s.accept("fc", 3, 1, batch(3, 1, 4)))
          .isInstanceOf(BrainAlignException.class).hasMessageContaining("starts at image 3");
      assertThatThrownBy(() -> s.accept("fc", 2, 2, new float[5]))
          .isInstanceOf(BrainAlignException.class).hasMessageContaining("expected 2 × 4");
      assertThatThrownBy(() -> s.accept("layer2", 2, 2, new float[8]))
          .isInstanceOf(BrainAlignException.class).hasMessageContaining("not requested");
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void imageFolderReadsPngInNameOrderAndRejectsEmptyFolders() throws IOException {
    ImageFolder f = folder(3);
    assertThat(f.size()).isEqualTo(3);
    assertThat(f.id(2)).isEqualTo("img2.png");
    RgbImage img = f.read(1);
    assertThat(img.width()).isEqualTo(7);
    assertThat(img.pixels()[0] & 0xff).isEqualTo(10);
    assertThat(img.pixels()[1] & 0xff).isEqualTo(20);
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.txt"), "x");
    assertThatThrownBy(() -> ImageFolder.open(empty)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(".png");
    Path broken = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(broken.resolve("a.png"), "not a png");
    assertThatThrownBy(() -> ImageFolder.open(broken).read(0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a.png");
  }

  /** {@code n} PNGs of 7×5 whose first pixel is (10·i, 20, 30). */
  ImageFolder folder(int n) throws IOException {
    Path images = Files.createDirectories(dir.resolve("images" + n));
    for (int i = 0; i < n; i++) {
      BufferedImage img = new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB);
      img.setRGB(0, 0, (10 * i) << 16 | 20 << 8 | 30);
      ImageIO.write(img, "png", images.resolve("img" + i + ".png").toFile());
    }
    return ImageFolder.open(images);
  }
}
