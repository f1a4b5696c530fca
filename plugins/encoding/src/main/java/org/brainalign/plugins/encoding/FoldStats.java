package org.brainalign.plugins.encoding;

/** Mean and spread of per-fold scores. */
final class FoldStats {
  private FoldStats() {}

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  /** Sample standard deviation (ddof = 1); 0 for a single value. */
  static double sd(double[] v) {
    if (v.length < 2) {
      return 0.0;
    }
    double m = mean(v);
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return Math.sqrt(s / (v.length - 1));
  }

  /** Mean of the finite values; NaN when there are none. */
  static double finiteMean(double[] v) {
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

  static int countNaN(double[] v) {
    int n = 0;
    for (double x : v) {
      if (Double.isNaN(x)) {
        n++;
      }
    }
    return n;
  }
}
