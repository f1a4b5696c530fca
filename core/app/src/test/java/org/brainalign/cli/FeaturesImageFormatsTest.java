package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.formats.MatrixFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: {@code features} on a folder of .bmp .tif .webp .gif .png read "1 images", four files
 * skipped without a word, and 16-bit images were clipped with no warning. Now every file is a row or
 * refused by name (the pixels are checked against PIL in brainalign-support's golden tests).
 */
class FeaturesImageFormatsTest {
  /** A 3×2 lossless WebP written by PIL 9.4 (the JDK has no WebP writer). */
  private static final String WEBP = "UklGRkgAAABXRUJQVlA4TDsAAAAvAkAAAC+gqG0bqP2d4MafzGgoaNuG6dvhD2j"
      + "URiRAAtGu/6c6/wH8Q3xoY567AoEAZax4YJuI/sd4AQA=";

  @TempDir Path dir;
  Path plugins;
  Path images;

  @BeforeEach
  void setUp() throws IOException {
    plugins = FeaturesCommandTest.fakeModelPlugins(dir);
    images = Files.createDirectories(dir.resolve("images"));
    BufferedImage rgb = new BufferedImage(5, 4, BufferedImage.TYPE_INT_RGB);
    rgb.setRGB(1, 1, 0x336699);
    for (String format : new String[] {"bmp", "gif", "tif", "png"}) {
      ImageIO.write(rgb, format.equals("tif") ? "tiff" : format,
          images.resolve("a." + format).toFile());
    }
    Files.write(images.resolve("a.webp"), Base64.getDecoder().decode(WEBP));
  }

  private Cli features(Path out) {
    return Cli.run("features", "-q", "--plugins-dir", plugins.toString(), "--model",
        "fake-model:batch=2", "--images", images.toString(), "--layers", "a", "--out",
        out.toString());
  }

  @Test
  void everyFileOfAMixedFolderIsARow() throws IOException {
    Path out = dir.resolve("out");
    Cli r = features(out);
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(Files.readAllLines(out.resolve("stimuli.csv")))
        .containsExactly("image", "a.bmp", "a.gif", "a.png", "a.tif", "a.webp");
    Matrix a = MatrixFiles.open(out.resolve("a.npy").toString()).matrix().data();
    assertThat(a.rows()).isEqualTo(5);
    assertThat(r.err).doesNotContain("warning");
  }

  @Test
  void aFileThatIsNoImageIsRefusedByNameWithTheSupportedFormats() throws IOException {
    Files.writeString(images.resolve("notes.txt"), "shown in this order");
    Files.writeString(images.resolve(".DS_Store"), "hidden: ignored");
    Path out = dir.resolve("out");
    Cli r = features(out);
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("notes.txt", "WebP (.webp)", "TIFF (.tif, .tiff)")
        .doesNotContain(".DS_Store").doesNotContain("\tat ");
    assertThat(out.resolve("a.npy")).doesNotExist();
  }

  @Test
  void sixteenBitImagesAreReducedWithOneWarning() throws IOException {
    for (String name : new String[] {"g16.png", "h16.png"}) {
      BufferedImage g = new BufferedImage(3, 2, BufferedImage.TYPE_USHORT_GRAY);
      g.getRaster().setSample(0, 0, 0, 40000);
      ImageIO.write(g, "png", images.resolve(name).toFile());
    }
    Cli r = features(dir.resolve("out"));
    assertThat(r.exit).as(r.toString()).isZero();
    String warning = "warning: 2 images are 16-bit; reduced to 8 bits as PIL does (first: g16.png)";
    assertThat(r.err).contains(warning);
    assertThat(r.err.indexOf(warning)).isEqualTo(r.err.lastIndexOf(warning));
  }
}
