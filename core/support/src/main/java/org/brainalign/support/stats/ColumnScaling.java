package org.brainalign.support.stats;

/**
 * Centring and scaling the columns of a row-major {@code (n × q)} matrix: z-scores
 * ({@code sklearn.preprocessing.scale}) or unit-norm columns (whose dot products are Pearson r's).
 */
public final class ColumnScaling {
  private ColumnScaling() {}

  /**
   * Each column to mean 0 and population standard deviation 1 (ddof = 0); a constant column becomes 0.
   *
   * @param x row-major {@code (n × q)}; not modified
   * @return a new row-major {@code (n × q)} array
   */
  public static double[] zScores(double[] x, int n, int q) {
    double[] z = new double[n * q];
    for (int v = 0; v < q; v++) {
      zScores(x, n, q, v, z);
    }
    return z;
  }

  /**
   * Column {@code column} of {@code x} to mean 0 and population standard deviation 1 (ddof = 0),
   * written into the same column of {@code z}: {@code (x − mean) / std} from two passes (mean,
   * then the sum of squared deviations), or 0 where the column is constant. This is the z-score of
   * {@code nsd}'s sessions and of {@link #zScores}.
   *
   * @param x row-major {@code (n × q)}; not modified
   * @param z row-major {@code (n × q)}; only that column is written
   * @return the column's standard deviation: 0 when it is constant (its z-scores are 0), NaN when
   *     it holds a NaN (its z-scores are 0 too)
   */
  public static double zScores(double[] x, int n, int q, int column, double[] z) {
    double mu = columnMean(x, n, q, column);
    double ss = 0;
    for (int i = 0; i < n; i++) {
      double d = x[i * q + column] - mu;
      ss += d * d;
    }
    double sd = Math.sqrt(ss / n);
    for (int i = 0; i < n; i++) {
      z[i * q + column] = sd > 0 ? (x[i * q + column] - mu) / sd : 0;
    }
    return sd;
  }

  /**
   * Each column centred and scaled to unit Euclidean norm, so that the dot product of two such
   * columns is their Pearson r; a constant column becomes NaN (r is undefined).
   *
   * @param x row-major {@code (n × q)}; not modified
   * @return a new row-major {@code (n × q)} array
   */
  public static double[] unitNorm(double[] x, int n, int q) {
    double[] z = x.clone();
    for (int k = 0; k < q; k++) {
      double m = columnMean(z, n, q, k);
      double ss = 0;
      for (int i = 0; i < n; i++) {
        double d = z[i * q + k] - m;
        z[i * q + k] = d;
        ss += d * d;
      }
      double norm = Math.sqrt(ss);
      for (int i = 0; i < n; i++) {
        z[i * q + k] = norm == 0 ? Double.NaN : z[i * q + k] / norm;
      }
    }
    return z;
  }

  private static double columnMean(double[] x, int n, int q, int column) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += x[i * q + column];
    }
    return s / n;
  }
}
