package org.brainalign.djl.vision.preprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.brainalign.api.model.RgbImage;
import org.brainalign.plugins.resnet50.testing.Fixtures;
import org.brainalign.plugins.resnet50.testing.Npy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ImageNetTransformTest {
  /** One uint8 step over the smallest ImageNet std: the quantisation PIL's uint8 output adds. */
  static final double ONE_LSB = 1.0 / 255 / 0.224;

  /** The fixture image {@code name} through {@code t}, which crops to 40: (3 × 40 × 40) values. */
  private static float[] transformed(ImageNetTransform t, String name) {
    float[] got = new float[3 * 40 * 40];
    t.apply(Fixtures.image(name), got, 0);
    return got;
  }

  /** What torchvision's PIL path gives for {@code name} resized to 48 and cropped to 40. */
  private static Npy torchvisionPil(String name) {
    return Npy.resource("/fixtures/preprocess/" + name + "_r48_c40_pil.npy");
  }

  @ParameterizedTest
  @ValueSource(strings = {"wide", "tall"})
  void matchesTorchvisionFloatPathOnNonSquareImages(String name) {
    Npy expected = Npy.resource("/fixtures/preprocess/" + name + "_r48_c40.npy");
    float[] got = transformed(new ImageNetTransform(48, 40, Resample.FLOAT), name);
    assertThat(expected.shape()).containsExactly(3, 40, 40);
    System.out.printf("%s float path max|Δ| = %.2e%n", name, Fixtures.maxAbsError(got, expected.data()));
    // Same arithmetic up to float32 accumulation order: values lie in [-2.2, 2.7].
    assertThat(Fixtures.maxAbsError(got, expected.data())).isLessThan(1e-5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"wide", "tall"})
  void pilModeEqualsTorchvisionPilPathBitForBit(String name) {
    float[] got = transformed(new ImageNetTransform(48, 40), name);
    assertThat(got).containsExactly(torchvisionPil(name).data());
  }

  @ParameterizedTest
  @ValueSource(strings = {"wide", "tall"})
  void floatModeStaysWithinOneLsbOfTorchvisionPilPath(String name) {
    Npy expected = torchvisionPil(name);
    float[] got = transformed(new ImageNetTransform(48, 40, Resample.FLOAT), name);
    System.out.printf("%s PIL path max|Δ| = %.4f%n", name, Fixtures.maxAbsError(got, expected.data()));
    // PIL rounds its resized pixels to uint8 (≤ ½ step) and uses fixed-point weights: one step
    // of 1/255 over the smallest std (0.224) bounds the gap.
    assertThat(Fixtures.maxAbsError(got, expected.data())).isLessThanOrEqualTo(ONE_LSB);
  }

  @Test
  void noResamplingWhenTheImageHasTheResizedSize() {
    long seed = 42;
    System.out.println("seed " + seed);
    SplittableRandom rng = new SplittableRandom(seed);
    byte[] px = new byte[36 * 36 * 3];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) rng.nextInt(256);
    }
    float[] got = new float[3 * 32 * 32];
    new ImageNetTransform(36, 32, Resample.FLOAT).apply(new RgbImage(36, 36, px), got, 0);
    for (int c = 0; c < 3; c++) {
      for (int y = 0; y < 32; y++) {
        for (int x = 0; x < 32; x++) {
          int v = px[3 * ((y + 2) * 36 + x + 2) + c] & 0xff;
          float want = (v / 255f - ImageNetTransform.MEAN[c]) / ImageNetTransform.STD[c];
          assertThat(got[c * 1024 + y * 32 + x]).isEqualTo(want);
        }
      }
    }
  }

  @Test
  void constantImageStaysConstant() {
    byte[] px = new byte[70 * 50 * 3];
    java.util.Arrays.fill(px, (byte) 200);
    float[] got = new float[3 * 24 * 24];
    new ImageNetTransform(30, 24).apply(new RgbImage(70, 50, px), got, 0);
    for (int c = 0; c < 3; c++) {
      float want = (200 / 255f - ImageNetTransform.MEAN[c]) / ImageNetTransform.STD[c];
      for (int i = 0; i < 24 * 24; i++) {
        assertThat(got[c * 576 + i]).isCloseTo(want, org.assertj.core.data.Offset.offset(1e-5f));
      }
    }
  }

  @Test
  void cropLargerThanResizeIsRejected() {
    assertThatThrownBy(() -> new ImageNetTransform(200, 224))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("crop=224");
  }
}
