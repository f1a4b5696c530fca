package org.brainalign.plugins.surrogate.readout;

import org.brainalign.plugins.simulated.random.Draws;

/**
 * A random linear map from a layer's C channels to d latent channels, applied at every position:
 * {@code Z[j, p] = Σ_c A[c, j] X[c, p]} with {@code A[c, j] ~ N(0, 1/C)}. Immutable.
 *
 * @param channels C
 * @param latent d, {@code 1 <= d <= C}
 */
public record ChannelMixture(int channels, int latent, double[] weights) {

  public ChannelMixture {
    if (latent < 1 || latent > channels || weights.length != channels * latent) {
      throw new IllegalArgumentException("mixture " + channels + " → " + latent + " with "
          + weights.length + " weights");
    }
  }

  /** Draws {@code A} (C × d, row-major) from {@code draws}. */
  public static ChannelMixture sample(int channels, int latent, Draws draws) {
    double[] a = new double[channels * latent];
    double scale = 1 / Math.sqrt(channels);
    for (int i = 0; i < a.length; i++) {
      a[i] = scale * draws.normal();
    }
    return new ChannelMixture(channels, latent, a);
  }

  /**
   * The latent of one image.
   *
   * @param x activations, one image at {@code offset}, {@code (C × positions)} row-major
   * @return {@code (d × positions)} row-major
   */
  public double[] apply(float[] x, int offset, int positions) {
    double[] z = new double[latent * positions];
    for (int c = 0; c < channels; c++) {
      int row = offset + c * positions;
      for (int j = 0; j < latent; j++) {
        double a = weights[c * latent + j];
        if (a == 0) {
          continue;
        }
        int zr = j * positions;
        for (int p = 0; p < positions; p++) {
          z[zr + p] += a * x[row + p];
        }
      }
    }
    return z;
  }
}
