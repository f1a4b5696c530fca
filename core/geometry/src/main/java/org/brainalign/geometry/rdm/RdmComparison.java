package org.brainalign.geometry.rdm;

import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.OptionChoice;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.support.stats.Correlation;
import org.brainalign.support.stats.Ranks;

/**
 * How two RDMs are compared: a correlation over their upper triangles (the {@code n(n−1)/2}
 * stimulus pairs above the diagonal), as in {@code scipy.stats.spearmanr} / {@code pearsonr}.
 */
public enum RdmComparison implements OptionChoice {
  /** Spearman's ρ: Pearson's r of the average ranks (ties share their mean rank). */
  SPEARMAN,
  /** Pearson's r of the dissimilarities themselves. */
  PEARSON;

  /** The {@code compare} option of every metric that compares RDMs (rsa, versa), declared once. */
  public static final OptionSpec<RdmComparison> OPTION = OptionSpec.choice("compare", SPEARMAN,
      "correlation of the RDM upper triangles (Spearman uses average ranks for ties)");

  /**
   * @param a upper triangle of the first RDM
   * @param b upper triangle of the second RDM, same length
   * @param what names the compared RDMs in messages
   * @return the coefficient in [−1, 1]
   * @throws InvalidInputException when either triangle is constant (the coefficient is undefined)
   */
  public double compare(double[] a, double[] b, String what) {
    double[] u = this == SPEARMAN ? Ranks.average(a) : a;
    double[] v = this == SPEARMAN ? Ranks.average(b) : b;
    double r = Correlation.pearson(u, v);
    if (Double.isNaN(r)) {
      throw InvalidInputException.of(what,
          "dissimilarities that vary across stimulus pairs",
          "an RDM whose " + a.length + " upper-triangle values are all equal",
          "Check that the representation is not constant; " + id() + " correlation is undefined.");
    }
    return r;
  }

  /** The {@code n(n−1)/2} values above the diagonal of a row-major {@code (n × n)} matrix, row by row. */
  public static double[] upperTriangle(double[] m, int n) {
    double[] out = new double[n * (n - 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        out[k++] = m[i * n + j];
      }
    }
    return out;
  }
}
