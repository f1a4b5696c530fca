package org.brainalign.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.model.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrupt and truncated image files in an image folder: every read either decodes or throws
 * {@link DataFormatException} naming the file, never a JDK exception. Seeded: mutant {@code i} uses
 * seed {@code fuzz.seed + i} (default base 20261126), printed on failure.
 */
@Timeout(60)
class ImageFolderFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20261126L);
  private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 300);

  @TempDir
  Path dir;

  private static byte[] encode(String format) throws IOException {
    BufferedImage img = new BufferedImage(23, 17, BufferedImage.TYPE_INT_RGB);
    Random r = new Random(3);
    for (int y = 0; y < 17; y++) {
      for (int x = 0; x < 23; x++) {
        img.setRGB(x, y, r.nextInt(1 << 24));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(img, format, out)).isTrue();
    return out.toByteArray();
  }

  /** Reads the one image in a folder; fails the test on anything but success or the typed error. */
  private void readOne(byte[] bytes, String name, String what) throws IOException {
    Path folder = dir.resolve("f" + Math.abs(what.hashCode()));
    Files.createDirectories(folder);
    Path f = folder.resolve(name);
    Files.write(f, bytes);
    try {
      RgbImage img = ImageFolder.open(folder).read(0);
      assertThat(img.pixels()).hasSize(img.width() * img.height() * 3);
    } catch (DataFormatException e) {
      assertThat(e.getMessage()).as(what).contains(name);
    } catch (Throwable t) {
      fail(what + ": " + t, t);
    } finally {
      Files.delete(f);
    }
  }

  @Test
  void everyTruncationIsDecodedOrRejected() throws IOException {
    for (String format : new String[] {"png", "jpg"}) {
      byte[] full = encode(format);
      for (int len = 0; len < full.length; len += Math.max(1, full.length / 150)) {
        readOne(java.util.Arrays.copyOf(full, len), "cut." + format, format + " cut at " + len);
      }
    }
  }

  @Test
  void seededMutantsGiveOnlyTypedErrors() throws IOException {
    byte[][] bases = {encode("png"), encode("jpg")};
    String[] names = {"m.png", "m.jpg"};
    for (int i = 0; i < MUTANTS; i++) {
      long seed = SEED + i;
      Random r = new Random(seed);
      int b = i % 2;
      byte[] m = bases[b].clone();
      int flips = 1 + r.nextInt(8);
      for (int k = 0; k < flips; k++) {
        int at = r.nextInt(m.length);
        m[at] = r.nextBoolean() ? (byte) r.nextInt(256) : (byte) (m[at] ^ (1 << r.nextInt(8)));
      }
      readOne(m, names[b], "seed " + seed + " (mutant " + i + ", " + flips + " bytes of "
          + names[b] + ")");
    }
  }

  @Test
  void notAnImageIsNamed() throws IOException {
    readOne("hello, not a png".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text.png",
        "text");
    readOne(new byte[0], "empty.jpg", "empty");
  }
}
