package org.brainalign.djl.vision.preprocess;

import java.util.Arrays;
import java.util.Objects;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.RgbImage;

/**
 * torchvision's ImageNet evaluation transform: resize the short side to {@code resize} (long side
 * {@code ⌊resize · long / short⌋}) with antialiased bilinear filtering, either as PIL does on 8-bit
 * pixels ({@link Resample#PIL}, torchvision's {@code Resize} on PIL images, bit-exact) or on float
 * values without rounding ({@link Resample#FLOAT}), centre-crop {@code crop × crop} (offsets
 * {@code round((size − crop) / 2)}, ties to even as Python rounds), scale to [0, 1] and normalise with
 * a per-channel mean and standard deviation (by default ImageNet's, (0.485, 0.456, 0.406) and
 * (0.229, 0.224, 0.225)). When the image
 * already has the resized size (e.g. {@code resize = crop} and square images of that side), no
 * resampling happens.
 *
 * @param resize target length of the short side, pixels
 * @param crop side of the square crop, pixels, at most {@code resize}
 * @param resample how the resize computes
 * @param mean channel means (R, G, B) subtracted after scaling to [0, 1]
 * @param std channel standard deviations (R, G, B), each positive
 */
public record ImageNetTransform(int resize, int crop, Resample resample, float[] mean, float[] std) {
  /** ImageNet channel means (R, G, B). */
  public static final float[] MEAN = {0.485f, 0.456f, 0.406f};
  /** ImageNet channel standard deviations (R, G, B). */
  public static final float[] STD = {0.229f, 0.224f, 0.225f};

  public ImageNetTransform {
    if (crop < 1 || resize < crop) {
      throw new IllegalArgumentException("need 1 ≤ crop ≤ resize, found crop=" + crop + ", resize=" + resize);
    }
    Objects.requireNonNull(resample, "resample");
    if (mean.length != 3 || std.length != 3) {
      throw new IllegalArgumentException("need 3 means and 3 standard deviations (R, G, B)");
    }
    mean = mean.clone();
    std = std.clone();
  }

  /** ImageNet's mean and standard deviation. */
  public ImageNetTransform(int resize, int crop, Resample resample) {
    this(resize, crop, resample, MEAN, STD);
  }

  /** PIL's resize (the default) and ImageNet's mean and standard deviation. */
  public ImageNetTransform(int resize, int crop) {
    this(resize, crop, Resample.PIL);
  }

  /** Values per transformed image: {@code 3 × crop × crop}. */
  public int size() {
    return 3 * crop * crop;
  }

  /**
   * Transforms {@code image} into {@code out[offset … offset + size())} in (C, H, W) order.
   *
   * @throws InvalidInputException when the image is too small to be resized (a side of 0 pixels)
   */
  public void apply(RgbImage image, float[] out, int offset) {
    if (resample == Resample.PIL) {
      normaliseBytes(pilResizedCrop(image).pixels(), out, offset);
      return;
    }
    int w = image.width();
    int h = image.height();
    boolean wide = w > h;
    int shortSide = wide ? h : w;
    int longSide = wide ? w : h;
    int newLong = (int) ((double) resize * longSide / shortSide);
    int newW = wide ? newLong : resize;
    int newH = wide ? resize : newLong;
    int top = (int) Math.rint((newH - crop) / 2.0);
    int left = (int) Math.rint((newW - crop) / 2.0);
    byte[] px = image.pixels();
    int plane = crop * crop;
    boolean same = newW == w && newH == h;
    AntialiasedResize.Taps horizontal = same ? null : AntialiasedResize.taps(w, newW);
    AntialiasedResize.Taps vertical = same ? null : AntialiasedResize.taps(h, newH);
    double[] channel = new double[w * h];
    for (int c = 0; c < 3; c++) {
      for (int i = 0; i < w * h; i++) {
        channel[i] = px[3 * i + c] & 0xff;
      }
      int o = offset + c * plane;
      if (same) {
        for (int y = 0; y < crop; y++) {
          for (int x = 0; x < crop; x++) {
            out[o + y * crop + x] = normalise((float) channel[(top + y) * w + left + x], c);
          }
        }
      } else {
        double[] r = AntialiasedResize.resizeCrop(channel, h, w, horizontal, vertical, top, left, crop);
        for (int i = 0; i < plane; i++) {
          out[o + i] = normalise((float) r[i], c);
        }
      }
    }
  }

  /**
   * The 8-bit {@code (crop × crop × 3)} image PIL's {@code Resize} then {@code CenterCrop} give
   * (what {@link Resample#PIL} feeds to ToTensor), whatever this transform's own mode.
   */
  public RgbImage pilResizedCrop(RgbImage image) {
    int w = image.width();
    int h = image.height();
    boolean wide = w > h;
    int newLong = (int) ((double) resize * (wide ? w : h) / (wide ? h : w));
    int newW = wide ? newLong : resize;
    int newH = wide ? resize : newLong;
    int top = (int) Math.rint((newH - crop) / 2.0);
    int left = (int) Math.rint((newW - crop) / 2.0);
    return new RgbImage(crop, crop,
        PilBilinear.resizeCrop(image.pixels(), h, w, newH, newW, top, left, crop));
  }

  private void normaliseBytes(byte[] rgb, float[] out, int offset) {
    int plane = crop * crop;
    for (int c = 0; c < 3; c++) {
      int o = offset + c * plane;
      for (int i = 0; i < plane; i++) {
        out[o + i] = normalise(rgb[3 * i + c] & 0xff, c);
      }
    }
  }

  /** ToTensor then Normalize, in float32 as torch computes them. */
  private float normalise(float value, int channel) {
    return (value / 255f - mean[channel]) / std[channel];
  }

  /** A description for provenance. */
  public String describe() {
    return "resize short side to " + resize + (resample == Resample.PIL
        ? " (PIL bilinear on 8-bit pixels, as torchvision's Resize on PIL images)"
        : " (bilinear, antialiased, float pixels)") + ", centre crop "
        + crop + ", /255, " + (Arrays.equals(mean, MEAN) && Arrays.equals(std, STD)
            ? "ImageNet mean (0.485, 0.456, 0.406) and std (0.229, 0.224, 0.225)"
            : "mean " + Arrays.toString(mean) + " and std " + Arrays.toString(std));
  }
}
