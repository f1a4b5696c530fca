package org.brainalign.plugins.resnet50.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;

/** Test fixtures: committed images and the big generated ones under target/fixtures. */
public final class Fixtures {
  /** The command that writes the big fixtures. */
  public static final String GENERATE = "apt-get install -y python3-torch python3-torchvision && "
      + "/usr/bin/python3 plugins/resnet50/src/test/python/generate_fixtures.py --big";

  private Fixtures() {}

  /** The folder of the big (uncommitted) fixtures. */
  public static Path big() {
    return Path.of("target", "fixtures");
  }

  /** Whether the big fixtures exist. */
  public static boolean bigPresent() {
    boolean present = Files.isRegularFile(big().resolve("resnet50-random.safetensors"));
    if (!present) {
      System.err.println("SKIPPED: " + big().toAbsolutePath() + " is missing; generate it with: "
          + GENERATE);
    }
    return present;
  }

  /** A committed PNG ({@code wide}, {@code tall}) as RGB bytes. */
  public static RgbImage image(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/images/" + name + ".png")) {
      BufferedImage img = ImageIO.read(in);
      byte[] px = new byte[img.getWidth() * img.getHeight() * 3];
      for (int y = 0; y < img.getHeight(); y++) {
        for (int x = 0; x < img.getWidth(); x++) {
          int rgb = img.getRGB(x, y);
          int o = 3 * (y * img.getWidth() + x);
          px[o] = (byte) (rgb >> 16);
          px[o + 1] = (byte) (rgb >> 8);
          px[o + 2] = (byte) rgb;
        }
      }
      return new RgbImage(img.getWidth(), img.getHeight(), px);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The committed images in order. */
  public static ImageSource images(List<String> names) {
    return ImageSource.of(names, i -> image(names.get(i)));
  }

  /** Largest |a − b| over the largest |b|. */
  public static double relativeError(float[] got, float[] expected) {
    double maxDiff = 0;
    double maxRef = 0;
    for (int i = 0; i < expected.length; i++) {
      maxDiff = Math.max(maxDiff, Math.abs(got[i] - expected[i]));
      maxRef = Math.max(maxRef, Math.abs(expected[i]));
    }
    return maxDiff / maxRef;
  }

  /** Largest |a − b|. */
  public static double maxAbsError(float[] got, float[] expected) {
    double maxDiff = 0;
    for (int i = 0; i < expected.length; i++) {
      maxDiff = Math.max(maxDiff, Math.abs(got[i] - expected[i]));
    }
    return maxDiff;
  }
}
