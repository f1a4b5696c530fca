package org.brainalign.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image folder decodes as PIL does (the golden files are in brainalign-support's
 * ImageDecodingGoldenTest): grey copied into RGB, not sRGB-encoded; a truncated JPEG and a link that
 * leads nowhere are errors naming the file, not silently accepted or skipped.
 */
class ImageFolderDecodingTest {
  @TempDir Path dir;

  @Test
  void greyIsCopiedIntoRgbWithoutGamma() throws Exception {
    BufferedImage grey = new BufferedImage(4, 1, BufferedImage.TYPE_BYTE_GRAY);
    int[] levels = {0, 64, 128, 200};
    for (int x = 0; x < 4; x++) {
      grey.getRaster().setSample(x, 0, 0, levels[x]);
    }
    ImageIO.write(grey, "png", dir.resolve("g.png").toFile());
    RgbImage img = ImageFolder.open(dir).read(0);
    for (int x = 0; x < 4; x++) {
      for (int c = 0; c < 3; c++) {
        assertThat(img.pixels()[3 * x + c] & 0xFF).as("pixel %d band %d", x, c).isEqualTo(levels[x]);
      }
    }
  }

  @Test
  void truncatedJpegIsRefused() throws Exception {
    BufferedImage rgb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < 1200; i++) {
      rgb.setRGB(i % 40, i / 40, i * 9973);
    }
    Path whole = dir.resolve("whole.jpg");
    ImageIO.write(rgb, "jpg", whole.toFile());
    byte[] b = Files.readAllBytes(whole);
    Files.write(whole, java.util.Arrays.copyOf(b, b.length * 2 / 3));
    ImageFolder folder = ImageFolder.open(dir);
    assertThatThrownBy(() -> folder.read(0)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("whole.jpg").hasMessageContaining("truncated or corrupt");
  }

  @Test
  void danglingOrLoopingLinkIsAnErrorWhenTheFolderOpens() throws Exception {
    BufferedImage rgb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(rgb, "png", dir.resolve("a.png").toFile());
    Files.createSymbolicLink(dir.resolve("b.png"), dir.resolve("moved-away.png"));
    assertThatThrownBy(() -> ImageFolder.open(dir)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("b.png").hasMessageContaining("dangling symbolic link");
    Files.delete(dir.resolve("b.png"));
    Files.createSymbolicLink(dir.resolve("x.png"), Path.of("x.png"));
    assertThatThrownBy(() -> ImageFolder.open(dir)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("x.png").hasMessageContaining("loops");
    Files.delete(dir.resolve("x.png"));
    Files.createSymbolicLink(dir.resolve("c.png"), dir.resolve("a.png"));
    assertThat(ImageFolder.open(dir).size()).isEqualTo(2);
  }
}
