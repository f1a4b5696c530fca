package org.brainalign.plugins.simulated.voxel;

import org.brainalign.plugins.simulated.random.Draws;

/**
 * Voxels of the {@code late} ROI: position-invariant tuning to an image's {@link GlobalFeatures}
 * through a rectifying nonlinearity.
 *
 * <p>Voxel v has weights {@code W_vj = a_j z_vj} with {@code z_vj} standard normal and a scale
 * {@code a_j} per block of {@link GlobalFeatures}: 1.2 configuration, 0.5 shape, 0.5 texture family,
 * 0.3 log pooled energy, 0.3 conjunctions, 0.8 spatial variability (the 8 variability terms give
 * {@code Σ W F} an sd of about 2, the configuration's about 3),
 * and a bias {@code b_v = 0.5 z}. Its noiseless response is {@code softplus(b_v + Σ_j W_vj F_j)},
 * {@code softplus(t) = log(1 + e^t)}. The conjunctions and the rectification make the tuning a
 * nonlinear function of global attributes; the pooled texture statistics add directions of
 * variation that a network's pooled channels carry.
 */
public final class LatePopulation {
  private static final double[] BLOCK_SCALE = {1.2, 0.5, 0.5, 0.3, 0.3, 0.8};
  private final double[][] weights;
  private final double[] bias;

  private LatePopulation(double[][] weights, double[] bias) {
    this.weights = weights;
    this.bias = bias;
  }

  /** Draws {@code voxels} voxels: per voxel, {@link GlobalFeatures#SIZE} weights then the bias. */
  public static LatePopulation sample(Draws d, int voxels) {
    double[][] w = new double[voxels][GlobalFeatures.SIZE];
    double[] b = new double[voxels];
    for (int v = 0; v < voxels; v++) {
      for (int block = 0; block < BLOCK_SCALE.length; block++) {
        for (int j = GlobalFeatures.BLOCKS[block]; j < GlobalFeatures.BLOCKS[block + 1]; j++) {
          w[v][j] = BLOCK_SCALE[block] * d.normal();
        }
      }
      b[v] = 0.5 * d.normal();
    }
    return new LatePopulation(w, b);
  }

  public int size() {
    return bias.length;
  }

  /** Noiseless responses of every voxel to features {@code f}, into {@code out[offset …]}. */
  public void respond(double[] f, double[] out, int offset) {
    for (int v = 0; v < bias.length; v++) {
      double t = bias[v];
      for (int j = 0; j < f.length; j++) {
        t += weights[v][j] * f[j];
      }
      out[offset + v] = softplus(t);
    }
  }

  static double softplus(double t) {
    return t > 0 ? t + StrictMath.log1p(StrictMath.exp(-t)) : StrictMath.log1p(StrictMath.exp(t));
  }
}
