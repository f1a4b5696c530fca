package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.imageio.ImageIO;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.cli.fakemodel.FakeModelProvider;
import org.brainalign.formats.MatrixFiles;
import org.brainalign.formats.json.JsonFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brainalign features} and {@code layers} with a model plugin jar built by the test. */
class FeaturesCommandTest {
  @TempDir Path dir;
  Path plugins;
  Path images;

  @BeforeEach
  void setUp() throws IOException {
    plugins = fakeModelPlugins(dir);
    images = Files.createDirectories(dir.resolve("images"));
    for (int i = 0; i < 5; i++) {
      BufferedImage img = new BufferedImage(4 + i, 3, BufferedImage.TYPE_INT_RGB);
      img.setRGB(0, 0, (40 * i) << 16);
      ImageIO.write(img, "png", images.resolve(String.format("s%02d.png", i)).toFile());
    }
  }

  /** A plugins folder under {@code dir} holding the fake-model plugin jar. */
  static Path fakeModelPlugins(Path dir) throws IOException {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    String cls = FakeModelProvider.class.getName().replace('.', '/') + ".class";
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    mf.getMainAttributes().putValue("Plugin-Id", "fake-model");
    mf.getMainAttributes().putValue("Plugin-Version", "0.1.0");
    try (OutputStream f = Files.newOutputStream(plugins.resolve("fake-model.jar"));
        JarOutputStream jar = new JarOutputStream(f, mf)) {
      jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
      jar.write((FakeModelProvider.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
      for (String c : new String[] {cls, cls.replace(".class", "$1.class")}) {
        jar.putNextEntry(new JarEntry(c));
        try (var in = FakeModelProvider.class.getClassLoader().getResourceAsStream(c)) {
          in.transferTo(jar);
        }
      }
    }
    return plugins;
  }

  @Test
  void writesOneNpyPerLayerWithStimuliAndManifest() throws IOException {
    Path out = dir.resolve("out");
    Cli r = Cli.run("features", "-q", "--plugins-dir", plugins.toString(), "--model",
        "fake-model:batch=2", "--images", images.toString(), "--layers", "b,a", "--out", out.toString());
    assertThat(r.exit).as(r.toString()).isZero();
    Matrix a = MatrixFiles.open(out.resolve("a.npy").toString()).matrix().data();
    Matrix b = MatrixFiles.open(out.resolve("b.npy").toString()).matrix().data();
    assertThat(a.rows()).isEqualTo(5);
    assertThat(a.columns()).isEqualTo(8);
    double[] row = new double[3];
    b.readRows(4, 5, row);
    assertThat(row).containsExactly(8, 3, 4);
    double[] ar = new double[8];
    a.readRows(3, 4, ar);
    assertThat(ar[7]).isCloseTo(120.7, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(Files.readAllLines(out.resolve("stimuli.csv"))).startsWith("image", "s00.png");
    Map<String, Object> m = JsonFiles.read(out.resolve("manifest.json"));
    assertThat(m.get("model_id")).isEqualTo("fake-model");
    assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) m.get("layers")).keySet())).containsExactly("a", "b");
    assertThat(((Map<?, ?>) m.get("provenance")).get("weights")).isEqualTo("none");
  }

  @Test
  void forceRemovesTheEarlierStoresOtherLayers() throws IOException {
    // Issue 17: features --force kept the earlier run's other layers' .npy files.
    Path out = dir.resolve("out");
    assertThat(Cli.run("features", "-q", "--plugins-dir", plugins.toString(), "--model",
        "fake-model", "--images", images.toString(), "--layers", "a,b", "--out", out.toString())
        .exit).isZero();
    assertThat(out.resolve("b.npy")).exists();
    Cli r = Cli.run("features", "-q", "--plugins-dir", plugins.toString(), "--model", "fake-model",
        "--images", images.toString(), "--layers", "a", "--out", out.toString(), "--force");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(out.resolve("a.npy")).exists();
    assertThat(out.resolve("b.npy")).doesNotExist();
    assertThat(((Map<?, ?>) JsonFiles.read(out.resolve("manifest.json")).get("layers")).keySet()
        .stream().map(Object::toString).toList()).containsExactly("a");
  }

  @Test
  void existingStoreNeedsForceAndUnknownLayersListTheKnownOnes() {
    Path out = dir.resolve("out");
    String[] args = {"features", "-q", "--plugins-dir", plugins.toString(), "--model", "fake-model",
        "--images", images.toString(), "--layers", "a", "--out", out.toString()};
    assertThat(Cli.run(args).exit).isZero();
    Cli again = Cli.run(args);
    assertThat(again.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(again.err).contains("--force");
    Cli bad = Cli.run("features", "-q", "--plugins-dir", plugins.toString(), "--model", "fake-model",
        "--images", images.toString(), "--layers", "layer9", "--out", dir.resolve("o2").toString());
    assertThat(bad.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err).contains("layer9").contains("a b");
  }

  @Test
  void layersListsNamesAndShapes() {
    Cli r = Cli.run("layers", "--plugins-dir", plugins.toString(), "--model", "fake-model");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("a            2×2×2").contains("b            3");
  }

  @Test
  void aCorruptImageIsNamedAndNothingLooksComplete() throws IOException {
    byte[] png = Files.readAllBytes(images.resolve("s02.png"));
    Files.write(images.resolve("s02.png"), java.util.Arrays.copyOf(png, png.length / 2));
    Path out = dir.resolve("out");
    Cli r = Cli.run("features", "-q", "--plugins-dir", plugins.toString(), "--model",
        "fake-model:batch=2", "--images", images.toString(), "--layers", "a,b", "--out",
        out.toString());
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("s02.png").doesNotContain("\tat ");
    assertThat(out.resolve("manifest.json")).doesNotExist();
    assertThat(out.resolve("a.npy")).doesNotExist();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".npy"));
    }
  }

  @Test
  void aSecondRunIntoAFolderBeingWrittenIsToldWhatHoldsIt() {
    // Issue 17: two features runs into one --out both failed, or the second resumed the live store.
    Path out = dir.resolve("out");
    try (OutputLock held = OutputLock.acquire(out, "brainalign features --out " + out)) {
      Cli r = Cli.run("features", "-q", "--plugins-dir", plugins.toString(), "--model",
          "fake-model", "--images", images.toString(), "--layers", "a", "--out", out.toString());
      assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err).contains("being written by brainalign features").contains("process ")
          .contains("Wait for that run to finish").doesNotContain("\tat ");
      assertThat(out.resolve("manifest.json")).doesNotExist();
    }
    Cli after = Cli.run("features", "-q", "--plugins-dir", plugins.toString(), "--model",
        "fake-model", "--images", images.toString(), "--layers", "a", "--out", out.toString());
    assertThat(after.exit).as("released: the folder is usable again").isZero();
  }
}
