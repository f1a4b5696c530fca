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
 * src/test/python/generate_image_fixtures.py): PNG exactly, JPEG to within the one grey level that
 * libjpeg 6b (JDK) and libjpeg-turbo (PIL) may differ by.
 */
class ImageDecodingGoldenTest {
  /** Largest difference from PIL allowed on a JPEG sample, in grey levels. */
  static final int JPEG_TOLERANCE = 1;

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
    System.out.println(name + ": max |Java − PIL| = " + worst);
    assertThat(worst).as(name + " vs PIL").isLessThanOrEqualTo(name.endsWith(".png") ? 0 : JPEG_TOLERANCE);
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
