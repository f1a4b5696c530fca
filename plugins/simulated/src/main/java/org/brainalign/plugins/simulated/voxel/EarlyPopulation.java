package org.brainalign.plugins.simulated.voxel;

import org.brainalign.plugins.simulated.filter.EnergyMaps;
import org.brainalign.plugins.simulated.filter.FilterBank;
import org.brainalign.plugins.simulated.random.Draws;

/**
 * Voxels of the {@code early} ROI: small Gaussian receptive fields at fixed positions reading local
 * oriented contrast energy.
 *
 * <p>Voxel v has a centre {@code (x_v, y_v)} uniform in {@code [0.08, 0.92]²} of the image, a size
 * (Gaussian σ) {@code s_v} uniform in {@code [0.03, 0.07)} of the side, a preferred orientation
 * {@code θ_v} uniform in {@code [0, π)} and a scale mix {@code m_v} uniform in {@code [0, 1)}. Its
 * noiseless response to energy maps {@code E} is
 * <pre>
 *   r_v = sqrt( L_v / (P_v + 0.005) ),   L_v = Σ_c w_vc Σ_g G_v(g) E_c(g),   P_v = Σ_c w_vc Ē_c
 * </pre>
 * with {@code G_v} the RF Gaussian over the {@link FilterBank#GRID} grid (normalised to sum 1, cut at
 * 3σ), {@code Ē_c} the image-wide mean of channel c, and channel weights
 * {@code w_vc ∝ λ_level · exp(2 (cos 2(θ_c − θ_v) − 1))}, {@code λ_0 = m_v, λ_1 = 1 − m_v}, summing
 * to 1. Dividing by the image-wide energy of the same channels is divisive normalisation (Heeger 1992;
 * Carandini &amp; Heeger 2012): it removes the image-global contrast that every position shares, so
 * what is left is local and only spatially resolved features explain it. The square root is a
 * compressive output nonlinearity.
 */
public final class EarlyPopulation {
  private static final double KAPPA = 2.0;
  private static final double SEMI_SATURATION = 0.005;
  private final double[] x;
  private final double[] y;
  private final double[] size;
  private final double[] orientation;
  private final double[] scaleMix;
  private final double[][] channelWeights;

  private EarlyPopulation(double[] x, double[] y, double[] size, double[] orientation,
      double[] scaleMix) {
    this.x = x;
    this.y = y;
    this.size = size;
    this.orientation = orientation;
    this.scaleMix = scaleMix;
    this.channelWeights = new double[x.length][FilterBank.CHANNELS];
    for (int v = 0; v < x.length; v++) {
      double total = 0;
      for (int level = 0; level < FilterBank.LEVELS; level++) {
        double lw = level == 0 ? scaleMix[v] : 1 - scaleMix[v];
        for (int o = 0; o < FilterBank.ORIENTATIONS; o++) {
          double theta = o * Math.PI / FilterBank.ORIENTATIONS;
          double w = lw * StrictMath.exp(KAPPA * (StrictMath.cos(2 * (theta - orientation[v])) - 1));
          channelWeights[v][level * FilterBank.ORIENTATIONS + o] = w;
          total += w;
        }
      }
      for (int c = 0; c < FilterBank.CHANNELS; c++) {
        channelWeights[v][c] /= total;
      }
    }
  }

  /** Draws {@code voxels} voxels from {@code d}, five draws per voxel in the order documented. */
  public static EarlyPopulation sample(Draws d, int voxels) {
    double[] x = new double[voxels];
    double[] y = new double[voxels];
    double[] size = new double[voxels];
    double[] orientation = new double[voxels];
    double[] mix = new double[voxels];
    for (int v = 0; v < voxels; v++) {
      x[v] = d.uniform(0.08, 0.92);
      y[v] = d.uniform(0.08, 0.92);
      size[v] = d.uniform(0.03, 0.07);
      orientation[v] = d.uniform(0, Math.PI);
      mix[v] = d.uniform();
    }
    return new EarlyPopulation(x, y, size, orientation, mix);
  }

  public int size() {
    return x.length;
  }

  /** RF centre, fraction of the width from the left edge. */
  public double x(int v) {
    return x[v];
  }

  /** RF centre, fraction of the height from the top edge. */
  public double y(int v) {
    return y[v];
  }

  /** RF Gaussian σ, fraction of the image side. */
  public double rfSize(int v) {
    return size[v];
  }

  /** Preferred orientation in radians, [0, π). */
  public double orientation(int v) {
    return orientation[v];
  }

  /** Weight of the fine scale, [0, 1). */
  public double scaleMix(int v) {
    return scaleMix[v];
  }

  /** Noiseless responses of every voxel to {@code maps}, into {@code out[offset … offset + size)}. */
  public void respond(EnergyMaps maps, double[] out, int offset) {
    int n = FilterBank.GRID;
    double[] pooled = new double[FilterBank.CHANNELS];
    for (int c = 0; c < FilterBank.CHANNELS; c++) {
      pooled[c] = maps.pooled(c);
    }
    for (int v = 0; v < x.length; v++) {
      double cx = x[v] * n - 0.5;
      double cy = y[v] * n - 0.5;
      double sigma = size[v] * n;
      int r = (int) Math.ceil(3 * sigma);
      int gx0 = Math.max(0, (int) Math.floor(cx) - r);
      int gx1 = Math.min(n - 1, (int) Math.ceil(cx) + r);
      int gy0 = Math.max(0, (int) Math.floor(cy) - r);
      int gy1 = Math.min(n - 1, (int) Math.ceil(cy) + r);
      double weightSum = 0;
      double drive = 0;
      for (int gy = gy0; gy <= gy1; gy++) {
        for (int gx = gx0; gx <= gx1; gx++) {
          double dx = gx - cx;
          double dy = gy - cy;
          double g = StrictMath.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
          double local = 0;
          for (int c = 0; c < FilterBank.CHANNELS; c++) {
            local += channelWeights[v][c] * maps.at(c, gx, gy);
          }
          drive += g * local;
          weightSum += g;
        }
      }
      double global = 0;
      for (int c = 0; c < FilterBank.CHANNELS; c++) {
        global += channelWeights[v][c] * pooled[c];
      }
      out[offset + v] = StrictMath.sqrt(drive / weightSum / (global + SEMI_SATURATION));
    }
  }
}
