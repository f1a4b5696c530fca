package org.brainalign.plugins.surrogate.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.brainalign.api.model.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folder images are decoded as PIL decodes them: an 8-bit grey PNG's value is copied into R, G and B
 * unchanged (no gamma). {@code javax.imageio}'s {@code getRGB}, used before, converts linear grey to
 * sRGB and changed every mid-grey value.
 */
class FolderImagesTest {
  @TempDir
  Path dir;

  @Test
  void aGreyPngIsCopiedIntoRgbUnchanged() throws IOException {
    BufferedImage grey = new BufferedImage(16, 8, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 16; x++) {
        grey.getRaster().setSample(x, y, 0, (x * 16 + y * 2) & 0xFF);
      }
    }
    ImageIO.write(grey, "png", dir.resolve("a.png").toFile());
    ImageIO.write(grey, "png", dir.resolve("b.png").toFile());

    FolderImages images = FolderImages.open(dir);
    assertThat(images.size()).isEqualTo(2);
    assertThat(images.id(0)).isEqualTo("a.png");
    RgbImage img = images.read(0);
    byte[] px = img.pixels();
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 16; x++) {
        int expected = (x * 16 + y * 2) & 0xFF;
        int o = (y * 16 + x) * 3;
        assertThat(new int[] {px[o] & 0xFF, px[o + 1] & 0xFF, px[o + 2] & 0xFF})
            .as("pixel (%d, %d)", x, y).containsExactly(expected, expected, expected);
      }
    }
  }
}
