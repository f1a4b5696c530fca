package org.brainalign.djl.vision.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brainalign.api.model.RgbImage;
import org.brainalign.support.image.ImageDecoding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 8-bit image fed to ToTensor equals torchvision 0.14's {@code Resize(256)},
 * {@code CenterCrop(224)} on the PIL image (Pillow 9.4) byte for byte, on photograph-like JPEGs and
 * PNGs of seven sizes and aspect ratios (downscales from 1024 × 400 to 257 × 263, an image whose short
 * side is already 256, an upscale from 200 × 150). Fixtures: generate_fixtures.py's
 * pil_resize_fixtures (SHA-256 of the whole crop, and 400 sampled pixels to say where it differs).
 */
class PilResizeGoldenTest {
  private static final Pattern IMAGE = Pattern.compile(
      "\"([^\"]+\\.(?:jpg|png))\":\\{\"sha256\":\"([0-9a-f]{64})\",\"samples\":\\[(.*?)\\]\\]\\}");
  private static final Pattern SAMPLE = Pattern.compile("\\[(\\d+),(\\d+),(\\d+),(\\d+)");

  record Expected(String file, String sha256, List<int[]> samples) {}

  static Path dir() throws URISyntaxException {
    return Path.of(PilResizeGoldenTest.class.getResource("/fixtures/pil-resize/expected.json").toURI())
        .getParent();
  }

  static List<Expected> expected() throws Exception {
    String json = Files.readString(dir().resolve("expected.json"));
    List<Expected> all = new ArrayList<>();
    Matcher m = IMAGE.matcher(json);
    while (m.find()) {
      List<int[]> samples = new ArrayList<>();
      Matcher s = SAMPLE.matcher(m.group(3) + "]");
      while (s.find()) {
        samples.add(new int[] {Integer.parseInt(s.group(1)), Integer.parseInt(s.group(2)),
            Integer.parseInt(s.group(3)), Integer.parseInt(s.group(4))});
      }
      all.add(new Expected(m.group(1), m.group(2), samples));
    }
    assertThat(all).hasSize(7);
    return all;
  }

  @ParameterizedTest
  @MethodSource("expected")
  void resizedCropEqualsTorchvisionOnPilImages(Expected e) throws Exception {
    RgbImage img = ImageDecoding.read(dir().resolve(e.file()));
    RgbImage crop = new ImageNetTransform(256, 224).pilResizedCrop(img);
    assertThat(e.samples()).hasSize(400);
    int worst = 0;
    for (int[] s : e.samples()) {
      for (int c = 0; c < 3; c++) {
        worst = Math.max(worst, Math.abs((crop.pixels()[3 * s[0] + c] & 0xFF) - s[1 + c]));
      }
    }
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(crop.pixels()));
    System.out.printf("%s (%d×%d): sampled max|Δ| = %d, sha256 %s%n", e.file(), img.width(),
        img.height(), worst, sha.equals(e.sha256()) ? "equal" : "DIFFERS");
    assertThat(worst).as(e.file() + " sampled pixels").isZero();
    assertThat(sha).as(e.file() + " whole crop").isEqualTo(e.sha256());
  }

  @ParameterizedTest
  @MethodSource("expected")
  void floatModeDiffersFromPilByAtMostOneStep(Expected e) throws Exception {
    // The float path never rounds its intermediate: within one 8-bit step of PIL, but not equal.
    RgbImage img = ImageDecoding.read(dir().resolve(e.file()));
    float[] pil = new float[3 * 224 * 224];
    float[] flt = new float[3 * 224 * 224];
    new ImageNetTransform(256, 224, Resample.PIL).apply(img, pil, 0);
    new ImageNetTransform(256, 224, Resample.FLOAT).apply(img, flt, 0);
    double worst = 0;
    for (int i = 0; i < pil.length; i++) {
      worst = Math.max(worst, Math.abs(pil[i] - flt[i]));
    }
    assertThat(worst).isLessThanOrEqualTo(ImageNetTransformTest.ONE_LSB * 1.0001);
  }
}
