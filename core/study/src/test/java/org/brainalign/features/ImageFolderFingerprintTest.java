package org.brainalign.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint that decides whether a partial feature store may be resumed follows the images'
 * content: an image re-saved with the same size and time is another stimulus set (it was name and
 * size only, so such an edit resumed onto rows of the old image).
 */
class ImageFolderFingerprintTest {
  @TempDir
  Path dir;

  private void write(String name, int colour) throws IOException {
    BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    img.setRGB(3, 3, colour);
    ImageIO.write(img, "bmp", dir.resolve(name).toFile()); // uncompressed: same size
  }

  @Test
  void anImageEditedToTheSameSizeChangesTheFingerprint() throws IOException {
    write("a.bmp", 0x102030);
    write("b.bmp", 0x405060);
    String before = ImageFolder.open(dir).fingerprint();
    FileTime time = Files.getLastModifiedTime(dir.resolve("b.bmp"));
    long size = Files.size(dir.resolve("b.bmp"));
    write("b.bmp", 0x405061);
    Files.setLastModifiedTime(dir.resolve("b.bmp"), time);
    assertThat(Files.size(dir.resolve("b.bmp"))).isEqualTo(size);
    assertThat(ImageFolder.open(dir).fingerprint()).isNotEqualTo(before);
    write("b.bmp", 0x405060);
    assertThat(ImageFolder.open(dir).fingerprint()).isEqualTo(before);
  }
}
