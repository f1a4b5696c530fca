package org.brainalign.support.stats;

import smile.math.MathEx;

/**
 * Mean and sample standard deviation, with and without NaN values (numpy's {@code mean},
 * {@code std(ddof=1)}, {@code nanmean}, {@code nanstd(ddof=1)}), summed left to right in two passes.
 */
public final class Moments {
  private Moments() {}

  /**
   * @param v values, shape (n)
   * @return {@code Σv / n}; NaN when empty or when any value is NaN
   */
  public static double mean(double[] v) {
    return MathEx.mean(v);
  }

  /**
   * Sample standard deviation (ddof = 1) around {@link #mean}.
   *
   * @return {@code √(Σ(v − mean)² / (n − 1))}; 0 for a single value (a single fold has no spread)
   */
  public static double sd(double[] v) {
    return sd(v, mean(v));
  }

  /**
   * {@link #sd(double[])} around a mean the caller already has.
   *
   * @param mean {@code mean(v)}
   */
  public static double sd(double[] v, double mean) {
    if (v.length < 2) {
      return 0.0;
    }
    double s = 0;
    for (double x : v) {
      s += (x - mean) * (x - mean);
    }
    return Math.sqrt(s / (v.length - 1));
  }

  /**
   * @return the mean of the non-NaN values; NaN when there are none
   */
  public static double nanMean(double[] v) {
    double s = 0;
    int n = 0;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        s += x;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /**
   * Sample standard deviation (ddof = 1) of the non-NaN values around {@link #nanMean}.
   *
   * @return NaN with fewer than two non-NaN values (as {@code numpy.nanstd(v, ddof=1)})
   */
  public static double nanSd(double[] v) {
    double m = nanMean(v);
    double s = 0;
    int n = 0;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        s += (x - m) * (x - m);
        n++;
      }
    }
    return n < 2 ? Double.NaN : Math.sqrt(s / (n - 1));
  }

  /** The number of NaN values. */
  public static int countNaN(double[] v) {
    int n = 0;
    for (double x : v) {
      if (Double.isNaN(x)) {
        n++;
      }
    }
    return n;
  }
}
