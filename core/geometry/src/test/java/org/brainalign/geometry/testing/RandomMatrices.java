package org.brainalign.geometry.testing;

import java.util.Random;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;

/** Seeded Gaussian test data ({@link java.util.Random#nextGaussian()}). */
public final class RandomMatrices {
  private RandomMatrices() {}

  /** {@code count} standard normal values from {@code new Random(seed)}. */
  public static double[] gaussian(int count, long seed) {
    Random rng = new Random(seed);
    double[] v = new double[count];
    for (int i = 0; i < count; i++) {
      v[i] = rng.nextGaussian();
    }
    return v;
  }

  /**
   * An unlabelled {@code (n × p)} matrix of standard normal values plus {@code offset}, row-major
   * in the order {@link #gaussian} draws them.
   */
  public static LabelledMatrix gaussian(String name, int n, int p, long seed, double offset) {
    double[] v = gaussian(n * p, seed);
    for (int i = 0; i < v.length; i++) {
      v[i] += offset;
    }
    return LabelledMatrix.unlabelled(name, new DenseMatrix(n, p, v));
  }
}
