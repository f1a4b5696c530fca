package org.brainalign.support.stats;

/**
 * Pearson's r, the sample covariance and Spearman's ρ of paired values, as
 * {@code scipy.stats.pearsonr} / {@code numpy.cov} / {@code scipy.stats.spearmanr} (two passes: the
 * means first, then the centred sums).
 */
public final class Correlation {
  private Correlation() {}

  /**
   * @param x values, shape (n)
   * @param y values paired with {@code x}, shape (n)
   * @return r in [−1, 1] (clamped against rounding); NaN when either side is constant (every value
   *     equal, which includes n &lt; 2)
   * @throws IllegalArgumentException when the lengths differ
   */
  public static double pearson(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("expected paired values, found lengths " + x.length
          + " and " + y.length);
    }
    return pearson(x, y, 0, x.length);
  }

  /** {@link #pearson(double[], double[])} of {@code x[off … off+n)} and {@code y[off … off+n)}. */
  public static double pearson(double[] x, double[] y, int off, int n) {
    if (isConstant(x, off, n) || isConstant(y, off, n)) {
      return Double.NaN;
    }
    double mx = mean(x, off, n);
    double my = mean(y, off, n);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[off + i] - mx;
      double dy = y[off + i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return Math.max(-1.0, Math.min(1.0, sxy / Math.sqrt(sxx * syy)));
  }

  /** Sample covariance (ddof = 1) of {@code x[off … off+n)} and {@code y[off … off+n)}. */
  public static double covariance(double[] x, double[] y, int off, int n) {
    double mx = mean(x, off, n);
    double my = mean(y, off, n);
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (x[off + i] - mx) * (y[off + i] - my);
    }
    return s / (n - 1);
  }

  /**
   * Spearman's ρ: Pearson's r of the average ranks ({@link Ranks#average}).
   *
   * @return ρ in [−1, 1]; NaN when n &lt; 2 or either side is constant
   * @throws IllegalArgumentException when the lengths differ
   */
  public static double spearman(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("expected paired values, found lengths " + a.length
          + " and " + b.length);
    }
    return pearson(Ranks.average(a), Ranks.average(b));
  }

  private static double mean(double[] v, int off, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += v[off + i];
    }
    return s / n;
  }

  private static boolean isConstant(double[] v, int off, int n) {
    for (int i = 1; i < n; i++) {
      if (v[off + i] != v[off]) {
        return false;
      }
    }
    return true;
  }
}
