package org.brainalign.plugins.simulated.trial;

import org.brainalign.plugins.simulated.random.Draws;
import org.brainalign.support.stats.ColumnScaling;

/**
 * Noisy repeated measurements of a noiseless signal, and their mean.
 *
 * <p>Each voxel's signal is first standardised over the images (mean 0, population sd 1; a constant
 * voxel becomes 0). Trial {@code t} of image i in voxel v is {@code z_iv + noise · ε_tiv} with
 * {@code ε} standard normal, drawn in the order t, i, v. So one trial's reliability (correlation of
 * two trials over images) is {@code 1 / (1 + noise²)} and that of the mean of R trials is
 * {@code R / (R + noise²)}.
 *
 * @param mean {@code (nImages × nVoxels)} row-major mean over the trials
 * @param trials {@code [repetition]} of {@code (nImages × nVoxels)}, or {@code null} when not kept
 */
public record Trials(double[] mean, double[][] trials) {

  /**
   * @param signal {@code (n × q)} row-major noiseless responses
   * @param noise trial noise sd in units of the signal sd, {@code >= 0}
   * @param repetitions trials per image, {@code >= 1}
   * @param keep whether to return the single trials as well
   */
  public static Trials simulate(double[] signal, int n, int q, double noise, int repetitions,
      Draws draws, boolean keep) {
    double[] z = standardise(signal, n, q);
    double[] mean = new double[n * q];
    double[][] kept = keep ? new double[repetitions][] : null;
    for (int t = 0; t < repetitions; t++) {
      double[] trial = new double[n * q];
      for (int i = 0; i < n * q; i++) {
        trial[i] = noise == 0 ? z[i] : z[i] + noise * draws.normal();
        mean[i] += trial[i];
      }
      if (keep) {
        kept[t] = trial;
      }
    }
    for (int i = 0; i < n * q; i++) {
      mean[i] /= repetitions;
    }
    return new Trials(mean, kept);
  }

  /** Columns of {@code (n × q)} to mean 0 and population sd 1 (0 where constant). */
  public static double[] standardise(double[] x, int n, int q) {
    return ColumnScaling.zScores(x, n, q);
  }
}
