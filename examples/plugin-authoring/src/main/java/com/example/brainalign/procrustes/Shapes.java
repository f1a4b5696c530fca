package com.example.brainalign.procrustes;

import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.LabelledMatrix;
import smile.math.matrix.Matrix;

/** Centring, scaling and the nuclear norm, with Smile (provided by the host). */
final class Shapes {
  private Shapes() {}

  /**
   * The selected rows, centred on their column means and scaled to unit Frobenius norm.
   *
   * @return {@code (rows × columns)} as a Smile matrix
   * @throws InvalidInputException for non-finite values or a representation constant over the rows
   */
  static Matrix normalised(LabelledMatrix m, int[] rows) {
    int n = rows.length;
    int p = m.columns();
    if (n < 2) {
      throw InvalidInputException.of(m.name(), "at least 2 stimuli", n + "",
          "Use more stimuli or larger test sets.");
    }
    double[] row = new double[p];
    Matrix out = new Matrix(n, p);
    double[] mean = new double[p];
    boolean varies = false;
    for (int i = 0; i < n; i++) {
      m.data().readRows(rows[i], rows[i] + 1, row);
      for (int c = 0; c < p; c++) {
        if (!Double.isFinite(row[c])) {
          throw InvalidInputException.of(m.name(), "finite values", row[c] + " at row " + rows[i],
              "Remove or impute non-finite values.");
        }
        out.set(i, c, row[c]);
        varies |= row[c] != out.get(0, c);
        mean[c] += row[c] / n;
      }
    }
    double ss = 0;
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < p; c++) {
        double v = out.get(i, c) - mean[c];
        out.set(i, c, v);
        ss += v * v;
      }
    }
    // Tested exactly: centred values of a constant column are rounding noise, not zeros.
    if (!varies || !(ss > 0)) {
      throw InvalidInputException.of(m.name(), "a representation that varies across stimuli",
          "every column constant", "Procrustes distance needs non-constant features.");
    }
    return out.mul(1.0 / Math.sqrt(ss));
  }

  /**
   * ‖XᵀY‖_*: the sum of singular values of the {@code p × q} cross-product. Zero-padding the narrower
   * side does not change it, so no padding is formed.
   */
  static double nuclearNormOfCross(Matrix x, Matrix y) {
    double[] s = x.tm(y).svd(false, false).s;
    double sum = 0;
    for (double v : s) {
      sum += v;
    }
    return sum;
  }
}
