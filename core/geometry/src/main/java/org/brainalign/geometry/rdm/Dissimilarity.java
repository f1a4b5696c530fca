package org.brainalign.geometry.rdm;

import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.OptionChoice;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.geometry.gram.Gram;
import org.brainalign.geometry.gram.RowTransform;

/**
 * How two stimulus patterns (rows) are turned into a dissimilarity, as in scipy's
 * {@code pdist(metric="correlation" | "euclidean")}.
 */
public enum Dissimilarity implements OptionChoice {
  /** {@code 1 − r(x_i, x_j)}, r the Pearson correlation across units; range [0, 2]. */
  CORRELATION,
  /** {@code ‖x_i − x_j‖₂}; range [0, ∞). */
  EUCLIDEAN;

  /** The {@code rdm} option of every metric that builds RDMs (rsa, versa), declared once. */
  public static final OptionSpec<Dissimilarity> OPTION = OptionSpec.choice("rdm", CORRELATION,
      "dissimilarity of two stimulus patterns: 1 - Pearson r, or Euclidean distance");

  /**
   * The representational dissimilarity matrix of the selected stimuli.
   *
   * @param side a representation {@code (nStimuli × nUnits)}
   * @param rows the stimuli (row indices) to compare, at least 3
   * @param memoryBudget bytes available for row blocks
   * @return row-major {@code (n × n)} symmetric matrix with a zero diagonal, n = rows.length
   * @throws InvalidInputException when a value is not finite, or (correlation) a pattern is constant
   */
  public double[] rdm(LabelledMatrix side, int[] rows, long memoryBudget) {
    int n = rows.length;
    // The Gram matrix is turned into the RDM in place: one n × n array per side.
    double[] d = Gram.of(side.data(), rows, transform(side, rows), memoryBudget);
    double[] diagonal = new double[n];
    for (int i = 0; i < n; i++) {
      diagonal[i] = d[i * n + i];
      d[i * n + i] = 0.0;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double g = d[i * n + j];
        double v = this == CORRELATION
            ? 1.0 - g
            : Math.sqrt(Math.max(0.0, diagonal[i] + diagonal[j] - 2.0 * g));
        d[i * n + j] = v;
        d[j * n + i] = v;
      }
    }
    return d;
  }

  private RowTransform transform(LabelledMatrix side, int[] rows) {
    return (block, count, p, first) -> {
      for (int r = 0; r < count; r++) {
        int off = r * p;
        double sum = 0;
        for (int c = 0; c < p; c++) {
          double v = block[off + c];
          if (!Double.isFinite(v)) {
            int row = rows[first + r];
            throw InvalidInputException.of(side.name(), "finite values",
                v + " at row " + row + " ('" + side.rowIds().get(row) + "'), column " + c,
                "Remove or impute non-finite values before comparing.");
          }
          sum += v;
        }
        if (this == CORRELATION) {
          centreAndNormalise(side, rows[first + r], block, off, p, sum / p);
        }
      }
    };
  }

  // Row i becomes (x_i − mean(x_i)) / ‖x_i − mean(x_i)‖, so that G_ij is Pearson's r.
  private static void centreAndNormalise(LabelledMatrix side, int row, double[] block, int off,
      int p, double mean) {
    // Constant means all values equal (exactly): rounding in the mean must not pass for variation.
    boolean constant = true;
    for (int c = 1; c < p && constant; c++) {
      constant = block[off + c] == block[off];
    }
    double ss = 0;
    for (int c = 0; c < p; c++) {
      double v = block[off + c] - mean;
      block[off + c] = v;
      ss += v * v;
    }
    if (constant || !(ss > 0)) {
      throw InvalidInputException.of(side.name(),
          "stimulus patterns that vary across units (1 − Pearson r is undefined for a constant "
              + "pattern)",
          "row " + row + " ('" + side.rowIds().get(row) + "') is constant",
          "Drop that stimulus, or use rdm=euclidean.");
    }
    double inv = 1.0 / Math.sqrt(ss);
    for (int c = 0; c < p; c++) {
      block[off + c] *= inv;
    }
  }
}
