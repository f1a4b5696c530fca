package org.brainalign.plugins.crossdecomposition;

import java.util.Arrays;

/** Small statistics on columns of column-major arrays. */
final class Stats {
  private Stats() {}

  /** Pearson r of {@code x[off … off+n)} and {@code y[off … off+n)}; NaN when either is constant. */
  static double pearson(double[] x, double[] y, int off, int n) {
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
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }

  /** Sample covariance (ddof = 1). */
  static double covariance(double[] x, double[] y, int off, int n) {
    double mx = mean(x, off, n);
    double my = mean(y, off, n);
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (x[off + i] - mx) * (y[off + i] - my);
    }
    return s / (n - 1);
  }

  private static double mean(double[] v, int off, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += v[off + i];
    }
    return s / n;
  }

  /** Mean of finite values; NaN if none. */
  static double mean(double[] v) {
    double s = 0;
    int n = 0;
    for (double d : v) {
      if (!Double.isNaN(d)) {
        s += d;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /** Sample standard deviation (ddof = 1) of non-NaN values; NaN with fewer than two. */
  static double sd(double[] v) {
    double m = mean(v);
    double s = 0;
    int n = 0;
    for (double d : v) {
      if (!Double.isNaN(d)) {
        s += (d - m) * (d - m);
        n++;
      }
    }
    return n < 2 ? Double.NaN : Math.sqrt(s / (n - 1));
  }

  /** Quantile with linear interpolation, as {@code numpy.quantile(v, q)} (default method). */
  static double quantile(double[] values, double q) {
    double[] v = values.clone();
    Arrays.sort(v);
    double h = (v.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, v.length - 1);
    return v[lo] + (h - lo) * (v[hi] - v[lo]);
  }
}
