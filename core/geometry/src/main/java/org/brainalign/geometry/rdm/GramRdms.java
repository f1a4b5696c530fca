package org.brainalign.geometry.rdm;

import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.geometry.gram.ColumnStats;
import org.brainalign.geometry.gram.RowBlocks;

/**
 * RDMs of a representation derived from its centred Gram matrix {@code Kc = Xc Xcᵀ}
 * {@code (n × n)}, Xc = X − 1μᵀ with μ the column means over all n rows — the matrix the host
 * caches once per feature matrix — so that an RDM of any rows costs no pass of n²p multiply-adds.
 *
 * <ul>
 *   <li>Euclidean: {@code d_ij² = Kc_ii + Kc_jj − 2 Kc_ij} (centring cancels in differences of
 *       rows); the features are not read at all.
 *   <li>Correlation: each pattern is centred over its p units. With ν = μ − m̄1 (μ centred over
 *       units), b_i = mean over units of xc_i and w_i = xc_i · ν, the unit-centred Gram matrix is
 *       {@code R_ij = Kc_ij − p b_i b_j + w_i + w_j + ν·ν} and {@code r_ij = R_ij / √(R_ii R_jj)}.
 *       b and w need the column means and one more pass over the features: two O(np) passes in
 *       all, against the n²p of the Gram matrix.
 * </ul>
 *
 * <p>Equal to the feature route up to rounding (about 1e-12 relative on well-conditioned data).
 * Distances that are exactly tied on the feature route (integer data) may differ in the last bits
 * here, so Spearman's tie handling can see them as distinct.
 */
public final class GramRdms {
  private final Dissimilarity dissimilarity;
  private final LabelledMatrix side;
  private final int n;
  private final double[] kc;
  /** Correlation only: b_i, w_i, ν·ν and whether row i is constant; else null. */
  private final double[] b;
  private final double[] w;
  private final double nu2;
  private final boolean[] constant;

  private GramRdms(Dissimilarity dissimilarity, LabelledMatrix side, double[] kc, double[] b,
      double[] w, double nu2, boolean[] constant) {
    this.dissimilarity = dissimilarity;
    this.side = side;
    this.n = side.rows();
    this.kc = kc;
    this.b = b;
    this.w = w;
    this.nu2 = nu2;
    this.constant = constant;
  }

  /**
   * @param side the representation {@code (n × p)}
   * @param kc its centred Gram matrix over all rows, row-major {@code (n × n)}
   * @param memoryBudget bytes for row blocks of the correlation pass
   * @throws InvalidInputException (correlation) naming the first non-finite value
   */
  public static GramRdms of(Dissimilarity dissimilarity, LabelledMatrix side, double[] kc,
      long memoryBudget) {
    if (dissimilarity == Dissimilarity.EUCLIDEAN) {
      return new GramRdms(dissimilarity, side, kc, null, null, 0, null);
    }
    int n = side.rows();
    int p = side.columns();
    double[] mu = ColumnStats.of(side.data(), null, false, side.name()).mean();
    double muBar = 0;
    for (double v : mu) {
      muBar += v;
    }
    muBar /= p;
    double[] nu = new double[p];
    double nu2 = 0;
    for (int c = 0; c < p; c++) {
      nu[c] = mu[c] - muBar;
      nu2 += nu[c] * nu[c];
    }
    double[] b = new double[n];
    double[] w = new double[n];
    boolean[] constant = new boolean[n];
    int[] all = RowBlocks.all(n);
    int block = (int) Math.max(1, Math.min(n, memoryBudget / 2 / (8L * Math.max(1, p))));
    for (int from = 0; from < n; from += block) {
      int to = Math.min(n, from + block);
      double[] v = RowBlocks.read(side.data(), all, from, to);
      for (int r = 0; r < to - from; r++) {
        int off = r * p;
        double sum = 0;
        double dot = 0;
        boolean same = true;
        for (int c = 0; c < p; c++) {
          double x = v[off + c];
          double xc = x - mu[c];
          sum += xc;
          dot += xc * nu[c];
          same &= x == v[off];
        }
        b[from + r] = sum / p;
        w[from + r] = dot;
        constant[from + r] = same;
      }
    }
    return new GramRdms(dissimilarity, side, kc, b, w, nu2, constant);
  }

  /**
   * The RDM of the selected rows, as {@link Dissimilarity#rdm} gives it.
   *
   * @return row-major {@code (k × k)} symmetric matrix with a zero diagonal, k = rows.length
   * @throws InvalidInputException (correlation) when a selected pattern is constant
   */
  public double[] rdm(int[] rows) {
    int k = rows.length;
    int p = side.columns();
    double[] d = new double[k * k];
    double[] diagonal = new double[k];
    for (int a = 0; a < k; a++) {
      int i = rows[a];
      if (constant != null && constant[i]) {
        throw InvalidInputException.of(side.name(),
            "stimulus patterns that vary across units (1 − Pearson r is undefined for a constant "
                + "pattern)",
            "row " + i + " ('" + side.rowIds().get(i) + "') is constant",
            "Drop that stimulus, or use rdm=euclidean.");
      }
      diagonal[a] = gram(i, i, p);
    }
    for (int a = 0; a < k; a++) {
      int i = rows[a];
      for (int c = a + 1; c < k; c++) {
        int j = rows[c];
        double g = gram(i, j, p);
        double v = dissimilarity == Dissimilarity.CORRELATION
            ? 1.0 - g / Math.sqrt(diagonal[a] * diagonal[c])
            : Math.sqrt(Math.max(0.0, diagonal[a] + diagonal[c] - 2.0 * g));
        d[a * k + c] = v;
        d[c * k + a] = v;
      }
    }
    return d;
  }

  /** Kc_ij, or for correlation the unit-centred R_ij. */
  private double gram(int i, int j, int p) {
    double g = kc[i * n + j];
    return b == null ? g : g - p * b[i] * b[j] + w[i] + w[j] + nu2;
  }
}
