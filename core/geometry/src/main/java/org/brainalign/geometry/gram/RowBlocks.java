package org.brainalign.geometry.gram;

import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.Matrix;

/** Reads chosen rows of a {@link Matrix} into row-major blocks, one contiguous run at a time. */
public final class RowBlocks {
  private RowBlocks() {}

  /**
   * Copies rows {@code rows[from] … rows[to-1]} of {@code m}, in that order.
   *
   * @return a row-major array {@code ((to - from) × m.columns())}
   */
  public static double[] read(Matrix m, int[] rows, int from, int to) {
    int p = m.columns();
    double[] out = new double[Math.multiplyExact(to - from, p)];
    if (m instanceof DenseMatrix dense) {
      double[] data = dense.data();
      for (int i = from; i < to; i++) {
        System.arraycopy(data, rows[i] * p, out, (i - from) * p, p);
      }
      return out;
    }
    double[] run = null;
    int i = from;
    while (i < to) {
      int j = i + 1;
      while (j < to && rows[j] == rows[j - 1] + 1) {
        j++;
      }
      int len = j - i;
      if (run == null || run.length < len * p) {
        run = new double[len * p];
      }
      m.readRows(rows[i], rows[i] + len, run);
      System.arraycopy(run, 0, out, (i - from) * p, len * p);
      i = j;
    }
    return out;
  }

  /** The rows {@code 0 … n-1}. */
  public static int[] all(int n) {
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    return rows;
  }
}
