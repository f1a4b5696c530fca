package org.brainalign.plugins.cka;

import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.geometry.gram.RowBlocks;
import org.brainalign.geometry.gram.RowTransform;

/** Column centring of selected rows, with a check that every value is finite. */
final class Centred {
  private Centred() {}

  /**
   * Column means of the selected rows, read in blocks.
   *
   * @throws InvalidInputException naming the first non-finite value, or when every column is
   *     constant over the rows
   */
  static double[] columnMeans(LabelledMatrix m, int[] rows, long memoryBudget) {
    int n = rows.length;
    int p = m.columns();
    int block = (int) Math.max(1, Math.min(n, memoryBudget / 2 / (8L * Math.max(1, p))));
    double[] mu = new double[p];
    double[] first = null;
    boolean varies = false;
    for (int from = 0; from < n; from += block) {
      int to = Math.min(n, from + block);
      double[] v = RowBlocks.read(m.data(), rows, from, to);
      for (int k = 0; k < v.length; k++) {
        if (!Double.isFinite(v[k])) {
          int row = rows[from + k / p];
          throw InvalidInputException.of(m.name(), "finite values", v[k] + " at row " + row + " ('"
              + m.rowIds().get(row) + "'), column " + (k % p),
              "Remove or impute non-finite values before comparing.");
        }
        mu[k % p] += v[k];
      }
      if (first == null) {
        first = java.util.Arrays.copyOf(v, p);
      }
      for (int k = 0; k < v.length && !varies; k++) {
        varies = v[k] != first[k % p];
      }
    }
    if (!varies) {
      // Exact test: for a constant column the centred values would be rounding noise, not zero.
      throw InvalidInputException.of(m.name(), "a representation that varies across stimuli",
          "every column constant over the " + n + " stimuli compared (CKA undefined)",
          "Check the input; CKA needs non-constant features.");
    }
    for (int c = 0; c < p; c++) {
      mu[c] /= n;
    }
    return mu;
  }

  /** A transform that subtracts {@code mu} from every row. */
  static RowTransform subtracting(double[] mu) {
    return (block, count, cols, first) -> {
      for (int i = 0; i < count; i++) {
        for (int c = 0; c < cols; c++) {
          block[i * cols + c] -= mu[c];
        }
      }
    };
  }
}
