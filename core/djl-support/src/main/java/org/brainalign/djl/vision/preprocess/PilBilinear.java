package org.brainalign.djl.vision.preprocess;

/**
 * PIL's {@code Image.resize(size, Image.BILINEAR)} on 8-bit RGB (Pillow's Resample.c), which
 * torchvision's {@code Resize} runs on PIL images: the antialiased triangle filter of
 * {@link AntialiasedResize} with the same taps, but in fixed point, in two passes, each rounded to
 * 8 bits.
 *
 * <p>Per axis the double weights are normalised to sum 1, then scaled by {@code 2^22} and rounded
 * half away from zero to integers. Each output sample is {@code (2^21 + Σ w_k · v_k) >> 22}
 * (round half up), clamped to 0..255. The horizontal pass runs first, over the source rows the
 * vertical taps use, into an 8-bit intermediate; then the vertical pass. A pass whose output size
 * equals its input size is skipped (PIL copies), which the identity taps would reproduce anyway.
 * Only the centre-crop window is computed: every output sample depends on its own taps alone, so
 * the crop equals cropping PIL's full result.
 */
final class PilBilinear {
  /** PIL's PRECISION_BITS for 8-bit images: 32 − 8 − 2. */
  static final int PRECISION_BITS = 22;

  private PilBilinear() {}

  /** Integer weights of one axis: taps {@code start[i] …} with {@code weights[i][k]}. */
  record Taps(int[] start, int[][] weights) {}

  static Taps taps(int in, int out) {
    AntialiasedResize.Taps d = AntialiasedResize.taps(in, out);
    int[][] w = new int[out][];
    for (int i = 0; i < out; i++) {
      double[] wi = d.weights()[i];
      w[i] = new int[wi.length];
      for (int k = 0; k < wi.length; k++) {
        double scaled = wi[k] * (1 << PRECISION_BITS);
        w[i][k] = (int) (wi[k] < 0 ? scaled - 0.5 : scaled + 0.5);
      }
    }
    return new Taps(d.start(), w);
  }

  /**
   * Resizes {@code (h × w × 3)} RGB bytes to {@code newH × newW} and keeps the window
   * {@code [top, top + crop) × [left, left + crop)}.
   *
   * @return {@code (crop × crop × 3)} RGB bytes
   */
  static byte[] resizeCrop(byte[] px, int h, int w, int newH, int newW, int top, int left, int crop) {
    boolean horizontal = newW != w;
    boolean vertical = newH != h;
    Taps tx = horizontal ? taps(w, newW) : null;
    Taps ty = vertical ? taps(h, newH) : null;
    // Source rows the kept output rows read.
    int firstRow = vertical ? ty.start()[top] : top;
    int lastRow = vertical
        ? ty.start()[top + crop - 1] + ty.weights()[top + crop - 1].length : top + crop;
    int rows = lastRow - firstRow;
    byte[] mid = new byte[rows * crop * 3]; // rows × crop × 3, 8-bit as in PIL's intermediate image
    for (int y = 0; y < rows; y++) {
      int src = (firstRow + y) * w * 3;
      int dst = y * crop * 3;
      for (int x = 0; x < crop; x++) {
        if (!horizontal) {
          System.arraycopy(px, src + (left + x) * 3, mid, dst + x * 3, 3);
          continue;
        }
        int[] k = tx.weights()[left + x];
        int s = src + tx.start()[left + x] * 3;
        int r = 1 << (PRECISION_BITS - 1);
        int g = r;
        int b = r;
        for (int j = 0; j < k.length; j++) {
          int o = s + 3 * j;
          r += (px[o] & 0xFF) * k[j];
          g += (px[o + 1] & 0xFF) * k[j];
          b += (px[o + 2] & 0xFF) * k[j];
        }
        mid[dst + 3 * x] = clip8(r);
        mid[dst + 3 * x + 1] = clip8(g);
        mid[dst + 3 * x + 2] = clip8(b);
      }
    }
    if (!vertical) {
      return mid; // rows == crop, starting at row top
    }
    byte[] out = new byte[crop * crop * 3];
    int[] acc = new int[crop * 3];
    for (int y = 0; y < crop; y++) {
      int[] k = ty.weights()[top + y];
      int s = ty.start()[top + y] - firstRow;
      java.util.Arrays.fill(acc, 1 << (PRECISION_BITS - 1));
      for (int j = 0; j < k.length; j++) {
        int row = (s + j) * crop * 3;
        int weight = k[j];
        for (int i = 0; i < crop * 3; i++) {
          acc[i] += (mid[row + i] & 0xFF) * weight;
        }
      }
      int o = y * crop * 3;
      for (int i = 0; i < crop * 3; i++) {
        out[o + i] = clip8(acc[i]);
      }
    }
    return out;
  }

  /** {@code v >> 22} clamped to 0..255, as PIL's clip8 (its lookup covers the same range). */
  private static byte clip8(int v) {
    int q = v >> PRECISION_BITS;
    return (byte) (q < 0 ? 0 : Math.min(q, 255));
  }
}
