package org.brainalign.support.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.brainalign.api.model.RgbImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture image decodes to the array PIL 9.4's {@code convert("RGB")} gives (written by
 * src/test/python/generate_image_fixtures.py): PNG, BMP, GIF, TIFF and lossless WebP exactly, JPEG to
 * within the one grey level that libjpeg 6b (JDK) and libjpeg-turbo (PIL) may differ by, lossy WebP
 * to within the measured chroma differences below.
 */
class ImageDecodingGoldenTest {
  /** Largest difference from PIL allowed on a JPEG sample, in grey levels. */
  static final int JPEG_TOLERANCE = 1;

  /**
   * Largest difference from PIL (libwebp 1.2.4) allowed on a lossy WebP sample, in grey levels, and
   * the largest mean difference: TwelveMonkeys' VP8 decoder and libwebp decode luma alike (the grey
   * file is within 1 level) but rebuild the half-resolution chroma differently, which on these small
   * high-contrast fixtures (noise patch, hard colour edges) gives up to 48 levels at a colour edge
   * and about 4 levels on average. Measured, not a bound for every picture.
   */
  static final int LOSSY_WEBP_TOLERANCE = 48;

  static final double LOSSY_WEBP_MEAN_TOLERANCE = 4.2;

  static Path dir() throws URISyntaxException {
    return Path.of(ImageDecodingGoldenTest.class.getResource("/images/grey8.png").toURI()).getParent();
  }

  static List<String> images() throws Exception {
    try (Stream<Path> s = Files.list(dir())) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".npy"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("images")
  void decodesAsPil(String name) throws Exception {
    PilArrays.Rgb want = PilArrays.read(dir().resolve(name + ".npy"));
    RgbImage got = ImageDecoding.read(dir().resolve(name));
    assertThat(got.width()).isEqualTo(want.width());
    assertThat(got.height()).isEqualTo(want.height());
    int worst = maxDifference(got.pixels(), want.pixels());
    System.out.printf("%s: max |Java − PIL| = %d, mean %.3f%n", name, worst,
        meanDifference(got.pixels(), want.pixels()));
    assertThat(worst).as(name + " vs PIL").isLessThanOrEqualTo(tolerance(name));
    if (tolerance(name) == LOSSY_WEBP_TOLERANCE) {
      assertThat(meanDifference(got.pixels(), want.pixels())).as(name + " mean vs PIL")
          .isLessThanOrEqualTo(LOSSY_WEBP_MEAN_TOLERANCE);
    }
  }

  /** Exact for every lossless format; the decoder differences above for JPEG and lossy WebP. */
  static int tolerance(String name) {
    if (name.endsWith(".jpg")) {
      return JPEG_TOLERANCE;
    }
    return name.startsWith("lossy") && name.endsWith(".webp") ? LOSSY_WEBP_TOLERANCE : 0;
  }

  static double meanDifference(byte[] a, byte[] b) {
    long sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs((a[i] & 0xFF) - (b[i] & 0xFF));
    }
    return (double) sum / a.length;
  }

  static int maxDifference(byte[] a, byte[] b) {
    int worst = 0;
    for (int i = 0; i < a.length; i++) {
      worst = Math.max(worst, Math.abs((a[i] & 0xFF) - (b[i] & 0xFF)));
    }
    return worst;
  }

  static byte[] bytes(Path p) throws IOException {
    return Files.readAllBytes(p);
  }
}
