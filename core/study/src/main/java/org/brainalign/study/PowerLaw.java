package org.brainalign.study;

/**
 * The power-law slope of a spectrum: least-squares slope of log10(correlation) on log10(rank) over
 * ranks {@code [first, last]} with positive correlation (Gauthaman, Ménard &amp; Bonner 2023 fit the
 * same on covariance spectra).
 */
final class PowerLaw {
  private PowerLaw() {}

  /** The slope, or NaN when fewer than three ranks qualify. */
  static double slope(double[] rank, double[] value, int first, int last) {
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    int n = 0;
    for (int k = 0; k < rank.length; k++) {
      if (rank[k] < first || rank[k] > last || !(value[k] > 0)) {
        continue;
      }
      double x = Math.log10(rank[k]);
      double y = Math.log10(value[k]);
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
      n++;
    }
    if (n < 3) {
      return Double.NaN;
    }
    double den = n * sxx - sx * sx;
    return den == 0 ? Double.NaN : (n * sxy - sx * sy) / den;
  }
}
