package org.brainalign.plugins.surrogate.readout;

import org.brainalign.plugins.simulated.random.Draws;

/**
 * Position-invariant voxels: voxel v reads the spatial mean of the d latent channels through its own
 * random weights, {@code y_v = β_vᵀ (1/HW) Σ_p z[·, p]}, {@code β_v ~ N(0, I_d)}. Permuting the
 * positions of the map leaves every voxel unchanged. Immutable.
 *
 * @param latent d
 * @param beta {@code (voxels × d)} row-major channel weights
 */
public record PooledReadout(int latent, double[] beta) {

  /** Draws the weights of {@code voxels} voxels. */
  public static PooledReadout sample(int voxels, int latent, Draws draws) {
    double[] beta = new double[voxels * latent];
    for (int i = 0; i < beta.length; i++) {
      beta[i] = draws.normal();
    }
    return new PooledReadout(latent, beta);
  }

  public int voxels() {
    return beta.length / latent;
  }

  /** The spatial mean of {@code (d × positions)} z: d values. */
  public static double[] pool(double[] z, int latent, int positions) {
    double[] m = new double[latent];
    for (int j = 0; j < latent; j++) {
      double s = 0;
      for (int p = 0; p < positions; p++) {
        s += z[j * positions + p];
      }
      m[j] = s / positions;
    }
    return m;
  }

  /**
   * Voxel responses to one image.
   *
   * @param pooled the d pooled latent channels (after whitening)
   */
  public double[] apply(double[] pooled) {
    double[] y = new double[voxels()];
    for (int v = 0; v < y.length; v++) {
      double s = 0;
      for (int j = 0; j < latent; j++) {
        s += beta[v * latent + j] * pooled[j];
      }
      y[v] = s;
    }
    return y;
  }
}
