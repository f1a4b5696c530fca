package org.brainalign.djl.vision.preprocess;

/**
 * Bilinear resampling with antialiasing, as {@code torch.nn.functional.interpolate(mode="bilinear",
 * align_corners=False, antialias=True)} and PIL's {@code BILINEAR} compute it: a separable triangle
 * filter whose support widens by the scale factor when shrinking, so every source pixel contributes.
 *
 * <p>For output index {@code i} along an axis of scale {@code s = in / out}: centre
 * {@code c = s (i + ½)}, support {@code r = max(s, 1)}, taps {@code j ∈ [⌊c − r + ½⌋, ⌊c + r + ½⌋)}
 * clipped to the image, weights {@code tri((j − c + ½) / max(s, 1))} normalised to sum 1, with
 * {@code tri(x) = max(0, 1 − |x|)}. Horizontal pass first, then vertical, accumulated in double.
 */
final class AntialiasedResize {
  private AntialiasedResize() {}

  /** Taps of one axis: {@code start[i]}, {@code count[i]}, and weights {@code w[i][k]}. */
  record Taps(int[] start, int[] count, double[][] weights) {}

  static Taps taps(int in, int out) {
    double scale = (double) in / out;
    double support = Math.max(scale, 1.0);
    double invScale = 1.0 / support;
    int[] start = new int[out];
    int[] count = new int[out];
    double[][] w = new double[out][];
    for (int i = 0; i < out; i++) {
      double centre = scale * (i + 0.5);
      int lo = Math.max((int) (centre - support + 0.5), 0);
      int hi = Math.min((int) (centre + support + 0.5), in);
      double[] wi = new double[hi - lo];
      double total = 0;
      for (int j = 0; j < wi.length; j++) {
        double x = (j + lo - centre + 0.5) * invScale;
        wi[j] = Math.max(0.0, 1.0 - Math.abs(x));
        total += wi[j];
      }
      for (int j = 0; j < wi.length; j++) {
        wi[j] = total == 0 ? 0 : wi[j] / total;
      }
      start[i] = lo;
      count[i] = wi.length;
      w[i] = wi;
    }
    return new Taps(start, count, w);
  }

  /**
   * Resizes one channel and keeps only a window of the result (the centre crop), so pixels outside the
   * crop are never computed.
   *
   * @param src {@code h × w} values, row-major
   * @param horizontal taps from {@code w} to the full resized width
   * @param vertical taps from {@code h} to the full resized height
   * @param top first kept output row
   * @param left first kept output column
   * @param size kept rows and columns
   * @return {@code size × size} values, row-major
   */
  static double[] resizeCrop(double[] src, int h, int w, Taps horizontal, Taps vertical,
      int top, int left, int size) {
    double[] tmp = new double[h * size];
    for (int y = 0; y < h; y++) {
      int row = y * w;
      for (int x = 0; x < size; x++) {
        double[] wx = horizontal.weights()[left + x];
        int s = row + horizontal.start()[left + x];
        double acc = 0;
        for (int k = 0; k < wx.length; k++) {
          acc += wx[k] * src[s + k];
        }
        tmp[y * size + x] = acc;
      }
    }
    double[] out = new double[size * size];
    for (int y = 0; y < size; y++) {
      double[] wy = vertical.weights()[top + y];
      int s = vertical.start()[top + y];
      int o = y * size;
      for (int k = 0; k < wy.length; k++) {
        double weight = wy[k];
        int row = (s + k) * size;
        for (int x = 0; x < size; x++) {
          out[o + x] += weight * tmp[row + x];
        }
      }
    }
    return out;
  }
}
