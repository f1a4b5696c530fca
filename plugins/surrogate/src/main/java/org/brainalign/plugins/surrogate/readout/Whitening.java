package org.brainalign.plugins.surrogate.readout;

/**
 * A linear map that gives latent channels unit variance and no correlation: {@code z ↦ L⁻¹ (z − μ)}
 * with {@code Σ = L Lᵀ} the Cholesky factor of their covariance (plus a ridge of 1e-9 of the mean
 * variance, so that dead or duplicate channels stay finite). Without it a random network's layer,
 * whose variance sits in a few directions, would give every voxel nearly the same response; with it
 * each of the d latent directions carries equal signal. Any whitening works here because the voxel
 * weights drawn after it are rotation-invariant (standard normal).
 *
 * @param latent d
 * @param mean μ, length d
 * @param inverseFactor {@code L⁻¹}, (d × d) row-major, lower triangular
 */
public record Whitening(int latent, double[] mean, double[] inverseFactor) {

  /** The identity (no whitening). */
  public static Whitening none(int latent) {
    double[] l = new double[latent * latent];
    for (int j = 0; j < latent; j++) {
      l[j * latent + j] = 1;
    }
    return new Whitening(latent, new double[latent], l);
  }

  /**
   * Fits on samples of the latent.
   *
   * @param samples {@code (n × d)} row-major
   */
  public static Whitening fit(double[] samples, int n, int d) {
    double[] mu = new double[d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        mu[j] += samples[i * d + j];
      }
    }
    for (int j = 0; j < d; j++) {
      mu[j] /= n;
    }
    double[] cov = new double[d * d];
    double[] row = new double[d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        row[j] = samples[i * d + j] - mu[j];
      }
      for (int a = 0; a < d; a++) {
        double ra = row[a];
        for (int b = 0; b <= a; b++) {
          cov[a * d + b] += ra * row[b];
        }
      }
    }
    double trace = 0;
    for (int a = 0; a < d; a++) {
      for (int b = 0; b <= a; b++) {
        cov[a * d + b] /= Math.max(1, n - 1);
      }
      trace += cov[a * d + a];
    }
    double ridge = 1e-9 * Math.max(trace / d, Double.MIN_NORMAL);
    for (int a = 0; a < d; a++) {
      cov[a * d + a] += ridge;
    }
    double[] l = cholesky(cov, d);
    return new Whitening(d, mu, invertLower(l, d));
  }

  /** {@code L⁻¹ (z[·, p] − μ)} at every position of {@code (d × positions)} z, in place. */
  public void apply(double[] z, int positions) {
    double[] col = new double[latent];
    for (int p = 0; p < positions; p++) {
      for (int j = 0; j < latent; j++) {
        col[j] = z[j * positions + p] - mean[j];
      }
      for (int a = 0; a < latent; a++) {
        double s = 0;
        for (int b = 0; b <= a; b++) {
          s += inverseFactor[a * latent + b] * col[b];
        }
        z[a * positions + p] = s;
      }
    }
  }

  private static double[] cholesky(double[] a, int d) {
    double[] l = new double[d * d];
    for (int j = 0; j < d; j++) {
      double s = a[j * d + j];
      for (int k = 0; k < j; k++) {
        s -= l[j * d + k] * l[j * d + k];
      }
      double ljj = Math.sqrt(Math.max(s, Double.MIN_NORMAL));
      l[j * d + j] = ljj;
      for (int i = j + 1; i < d; i++) {
        double t = a[i * d + j];
        for (int k = 0; k < j; k++) {
          t -= l[i * d + k] * l[j * d + k];
        }
        l[i * d + j] = t / ljj;
      }
    }
    return l;
  }

  private static double[] invertLower(double[] l, int d) {
    double[] inv = new double[d * d];
    for (int c = 0; c < d; c++) {
      inv[c * d + c] = 1 / l[c * d + c];
      for (int i = c + 1; i < d; i++) {
        double s = 0;
        for (int k = c; k < i; k++) {
          s += l[i * d + k] * inv[k * d + c];
        }
        inv[i * d + c] = -s / l[i * d + i];
      }
    }
    return inv;
  }
}
