package org.brainalign.geometry.gram;

import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.Matrix;

/**
 * Column means and standard deviations over a subset of rows, read in row blocks, checking on the way
 * that every value is finite.
 *
 * @param mean column means
 * @param std column standard deviations (ddof = 1, as scikit-learn's PLS scaling), zeros replaced by
 *     one; {@code null} when not requested
 */
public record ColumnStats(double[] mean, double[] std) {

  /**
   * @param rows the rows to use, or {@code null} for all
   * @param withStd whether to compute standard deviations
   * @param name the representation's name, for error messages
   * @throws InvalidInputException naming the row and column of the first non-finite value
   */
  public static ColumnStats of(Matrix m, int[] rows, boolean withStd, String name) {
    int p = m.columns();
    int n = rows == null ? m.rows() : rows.length;
    double[] sum = new double[p];
    double[] row = new double[p];
    for (int i = 0; i < n; i++) {
      int r = rows == null ? i : rows[i];
      m.readRows(r, r + 1, row);
      for (int c = 0; c < p; c++) {
        double v = row[c];
        if (!Double.isFinite(v)) {
          throw nonFinite(name, r, c, v);
        }
        sum[c] += v;
      }
    }
    double[] mean = new double[p];
    for (int c = 0; c < p; c++) {
      mean[c] = sum[c] / n;
    }
    if (!withStd) {
      return new ColumnStats(mean, null);
    }
    double[] ss = new double[p];
    for (int i = 0; i < n; i++) {
      int r = rows == null ? i : rows[i];
      m.readRows(r, r + 1, row);
      for (int c = 0; c < p; c++) {
        double d = row[c] - mean[c];
        ss[c] += d * d;
      }
    }
    double[] std = new double[p];
    for (int c = 0; c < p; c++) {
      double s = n > 1 ? Math.sqrt(ss[c] / (n - 1)) : 0;
      std[c] = s == 0 ? 1 : s;
    }
    return new ColumnStats(mean, std);
  }

  public static InvalidInputException nonFinite(String name, int row, int column, double v) {
    return InvalidInputException.of(name, "finite values", v + " at row " + row + ", column "
        + column + " (0-based)", "Remove or impute non-finite values before comparing.");
  }
}
