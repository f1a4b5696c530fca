package org.brainalign.plugins.surrogate.readout;

import org.brainalign.plugins.simulated.random.Draws;

/**
 * Voxels with small receptive fields: voxel v reads an {@code rf × rf} window of the H × W map at a
 * random position (top-left corner uniform over the positions where the window fits), weighted by a
 * Gaussian of sd {@code rf / 4} around the window's centre, of its own random combination of the d
 * latent channels: {@code y_v = Σ_{(h,w) ∈ window_v} g_v(h, w) β_vᵀ z[·, h, w]}, {@code β_v ~ N(0, I_d)}.
 * A voxel depends on nothing outside its window. Immutable.
 *
 * @param latent d
 * @param height H
 * @param width W
 * @param rf window side in map cells, {@code 1 <= rf <= min(H, W)}
 * @param top row of each voxel's window
 * @param left column of each voxel's window
 * @param beta {@code (voxels × d)} row-major channel weights
 */
public record LocalReadout(int latent, int height, int width, int rf, int[] top, int[] left,
    double[] beta) {

  public LocalReadout {
    if (rf < 1 || rf > Math.min(height, width)) {
      throw new IllegalArgumentException("window " + rf + " on a " + height + "×" + width + " map");
    }
  }

  /** Draws the windows and weights of {@code voxels} voxels. */
  public static LocalReadout sample(int voxels, int latent, int height, int width, int rf,
      Draws draws) {
    int[] top = new int[voxels];
    int[] left = new int[voxels];
    double[] beta = new double[voxels * latent];
    for (int v = 0; v < voxels; v++) {
      top[v] = draws.integer(height - rf + 1);
      left[v] = draws.integer(width - rf + 1);
      for (int j = 0; j < latent; j++) {
        beta[v * latent + j] = draws.normal();
      }
    }
    return new LocalReadout(latent, height, width, rf, top, left, beta);
  }

  public int voxels() {
    return top.length;
  }

  /** Gaussian window weight at offset {@code (dy, dx)} inside the window. */
  double window(int dy, int dx) {
    double c = (rf - 1) / 2.0;
    double sd = rf / 4.0;
    double r2 = (dy - c) * (dy - c) + (dx - c) * (dx - c);
    return Math.exp(-r2 / (2 * sd * sd));
  }

  /**
   * Voxel responses to one image.
   *
   * @param z {@code (d × H·W)} row-major latent (after whitening)
   * @return one value per voxel
   */
  public double[] apply(double[] z) {
    int positions = height * width;
    double[] y = new double[voxels()];
    double[] g = new double[rf * rf];
    for (int dy = 0; dy < rf; dy++) {
      for (int dx = 0; dx < rf; dx++) {
        g[dy * rf + dx] = window(dy, dx);
      }
    }
    for (int v = 0; v < voxels(); v++) {
      double s = 0;
      for (int j = 0; j < latent; j++) {
        double b = beta[v * latent + j];
        int base = j * positions;
        double inner = 0;
        for (int dy = 0; dy < rf; dy++) {
          int row = base + (top[v] + dy) * width + left[v];
          for (int dx = 0; dx < rf; dx++) {
            inner += g[dy * rf + dx] * z[row + dx];
          }
        }
        s += b * inner;
      }
      y[v] = s;
    }
    return y;
  }
}
