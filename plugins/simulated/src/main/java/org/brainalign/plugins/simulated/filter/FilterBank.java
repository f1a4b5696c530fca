package org.brainalign.plugins.simulated.filter;

import java.util.Arrays;
import org.brainalign.api.model.RgbImage;

/**
 * A fixed quadrature Gabor filter bank on image luminance, the model of what the early ROI sees.
 *
 * <p>The image is area-resampled to a {@code 112 × 112} analysis grid (so the tuning in image
 * fractions does not depend on the {@code size} option), converted to luminance
 * {@code (0.299 R + 0.587 G + 0.114 B) / 255}, and a second scale is made by 2 × 2 averaging. At each
 * scale, for orientations {@code θ = 0, 45, 90, 135°} (direction of the wave vector, as in
 * {@link org.brainalign.plugins.simulated.scene.Patch#orientation}), an even and an odd Gabor
 * (wavelength 6 px of that scale, Gaussian σ = 2.7 px, 15 × 15 taps, even one made zero-mean, both of
 * unit L2 norm) are correlated with the luminance at the {@code 28 × 28} grid positions
 * (edges replicated); the energy is {@code even² + odd²} (Adelson &amp; Bergen 1985). The two scales
 * have periods of 6/112 and 12/112 of the image side. Kernels come from {@link StrictMath}: the same
 * bits on every machine. Stateless and thread-safe.
 */
public final class FilterBank {
  /** Side of the analysis image in pixels. */
  public static final int ANALYSIS = 112;
  /** Positions per side at which energy is sampled. */
  public static final int GRID = 28;
  /** Number of orientations. */
  public static final int ORIENTATIONS = 4;
  /** Number of scales. */
  public static final int LEVELS = 2;
  /** Number of energy channels, {@code LEVELS * ORIENTATIONS}. */
  public static final int CHANNELS = LEVELS * ORIENTATIONS;
  /** Gabor wavelength in pixels of its scale. */
  public static final double WAVELENGTH = 6.0;
  /** Gabor Gaussian σ in pixels of its scale. */
  public static final double SIGMA = 2.7;
  /** Kernel radius in pixels (the kernel is {@code 2 R + 1} square). */
  public static final int RADIUS = 7;

  private static final int TAPS = 2 * RADIUS + 1;
  /** Interleaved kernels: [ky][kx][orientation][even, odd]. */
  private static final double[] KERNELS = kernels();

  private FilterBank() {}

  /** The even ({@code odd = false}) or odd kernel of {@code orientation}, row-major 15 × 15. */
  public static double[] kernel(int orientation, boolean odd) {
    double[] k = new double[TAPS * TAPS];
    for (int i = 0; i < k.length; i++) {
      k[i] = KERNELS[(i * ORIENTATIONS + orientation) * 2 + (odd ? 1 : 0)];
    }
    return k;
  }

  /** Energy maps of {@code image}. */
  public static EnergyMaps energy(RgbImage image) {
    double[] level0 = luminance(image);
    double[] level1 = halve(level0, ANALYSIS);
    double[] out = new double[CHANNELS * GRID * GRID];
    sample(level0, ANALYSIS, 4, 2, 0, out);
    sample(level1, ANALYSIS / 2, 2, 1, 1, out);
    return new EnergyMaps(out);
  }

  /** Luminance of {@code image} area-resampled to {@code ANALYSIS × ANALYSIS}, in [0, 1]. */
  public static double[] luminance(RgbImage image) {
    int w = image.width();
    int h = image.height();
    byte[] px = image.pixels();
    double[] lum = new double[w * h];
    for (int i = 0; i < w * h; i++) {
      lum[i] = (0.299 * (px[3 * i] & 0xff) + 0.587 * (px[3 * i + 1] & 0xff)
          + 0.114 * (px[3 * i + 2] & 0xff)) / 255.0;
    }
    if (w == ANALYSIS && h == ANALYSIS) {
      return lum;
    }
    int[][] cols = footprints(w);
    int[][] rows = footprints(h);
    double[] out = new double[ANALYSIS * ANALYSIS];
    for (int v = 0; v < ANALYSIS; v++) {
      for (int u = 0; u < ANALYSIS; u++) {
        double s = 0;
        for (int y = rows[v][0]; y <= rows[v][1]; y++) {
          for (int x = cols[u][0]; x <= cols[u][1]; x++) {
            s += lum[y * w + x];
          }
        }
        out[v * ANALYSIS + u] = s / ((rows[v][1] - rows[v][0] + 1) * (cols[u][1] - cols[u][0] + 1));
      }
    }
    return out;
  }

  /**
   * Input pixels {@code [first, last]} whose centres fall in output pixel u's footprint
   * {@code [u n / A, (u + 1) n / A)}; the nearest one when none does (upsampling). Integer arithmetic.
   */
  private static int[][] footprints(int n) {
    int[][] f = new int[ANALYSIS][2];
    for (int u = 0; u < ANALYSIS; u++) {
      int first = Math.max(0, ceilDiv(2L * u * n - ANALYSIS, 2L * ANALYSIS));
      int last = Math.min(n - 1, ceilDiv(2L * (u + 1) * n - ANALYSIS, 2L * ANALYSIS) - 1);
      if (last < first) {
        first = (int) (((2L * u + 1) * n) / (2L * ANALYSIS));
        last = first;
      }
      f[u][0] = first;
      f[u][1] = last;
    }
    return f;
  }

  private static int ceilDiv(long a, long b) {
    return (int) -Math.floorDiv(-a, b);
  }

  private static double[] halve(double[] img, int n) {
    int m = n / 2;
    double[] out = new double[m * m];
    for (int y = 0; y < m; y++) {
      for (int x = 0; x < m; x++) {
        int i = 2 * y * n + 2 * x;
        out[y * m + x] = 0.25 * (img[i] + img[i + 1] + img[i + n] + img[i + n + 1]);
      }
    }
    return out;
  }

  /** Energies at centres {@code offset + stride * g} of an {@code n × n} image, into channels of level. */
  private static void sample(double[] img, int n, int stride, int offset, int level, double[] out) {
    int p = n + 2 * RADIUS;
    double[] padded = new double[p * p];
    for (int y = 0; y < p; y++) {
      int sy = Math.min(n - 1, Math.max(0, y - RADIUS));
      for (int x = 0; x < p; x++) {
        int sx = Math.min(n - 1, Math.max(0, x - RADIUS));
        padded[y * p + x] = img[sy * n + sx];
      }
    }
    double[] acc = new double[2 * ORIENTATIONS];
    for (int gy = 0; gy < GRID; gy++) {
      for (int gx = 0; gx < GRID; gx++) {
        Arrays.fill(acc, 0);
        // Top-left tap of the window centred at (offset + stride g) is at padded index (stride g + offset).
        int top = (offset + stride * gy) * p + offset + stride * gx;
        int k = 0;
        for (int ky = 0; ky < TAPS; ky++) {
          int row = top + ky * p;
          for (int kx = 0; kx < TAPS; kx++) {
            double v = padded[row + kx];
            for (int j = 0; j < 2 * ORIENTATIONS; j++) {
              acc[j] += KERNELS[k++] * v;
            }
          }
        }
        for (int o = 0; o < ORIENTATIONS; o++) {
          double even = acc[2 * o];
          double odd = acc[2 * o + 1];
          out[((level * ORIENTATIONS + o) * GRID + gy) * GRID + gx] = even * even + odd * odd;
        }
      }
    }
  }

  private static double[] kernels() {
    double[] k = new double[TAPS * TAPS * ORIENTATIONS * 2];
    for (int o = 0; o < ORIENTATIONS; o++) {
      double theta = o * Math.PI / ORIENTATIONS;
      double c = StrictMath.cos(theta);
      double s = StrictMath.sin(theta);
      double[] gauss = new double[TAPS * TAPS];
      double[] cos = new double[TAPS * TAPS];
      double[] sin = new double[TAPS * TAPS];
      double gaussSum = 0;
      double gaussCos = 0;
      for (int dy = -RADIUS; dy <= RADIUS; dy++) {
        for (int dx = -RADIUS; dx <= RADIUS; dx++) {
          int i = (dy + RADIUS) * TAPS + dx + RADIUS;
          double along = dx * c + dy * s;
          gauss[i] = StrictMath.exp(-(dx * dx + dy * dy) / (2 * SIGMA * SIGMA));
          cos[i] = StrictMath.cos(2 * Math.PI * along / WAVELENGTH);
          sin[i] = StrictMath.sin(2 * Math.PI * along / WAVELENGTH);
          gaussSum += gauss[i];
          gaussCos += gauss[i] * cos[i];
        }
      }
      double dc = gaussCos / gaussSum;
      double[] even = new double[TAPS * TAPS];
      double[] odd = new double[TAPS * TAPS];
      double evenNorm = 0;
      double oddNorm = 0;
      for (int i = 0; i < even.length; i++) {
        even[i] = gauss[i] * (cos[i] - dc);
        odd[i] = gauss[i] * sin[i];
        evenNorm += even[i] * even[i];
        oddNorm += odd[i] * odd[i];
      }
      evenNorm = StrictMath.sqrt(evenNorm);
      oddNorm = StrictMath.sqrt(oddNorm);
      for (int i = 0; i < even.length; i++) {
        k[(i * ORIENTATIONS + o) * 2] = even[i] / evenNorm;
        k[(i * ORIENTATIONS + o) * 2 + 1] = odd[i] / oddNorm;
      }
    }
    return k;
  }
}
