package org.brainalign.support.dataset;

import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.Progress;

/**
 * Mean and population standard deviation (ddof = 0) of every column within every session, from one
 * streaming pass over the response matrix in row blocks, as needed for z-scoring per session (the
 * Bonner-lab convention for NSD). Sums are taken about each session's first value of the column
 * (shifted data), so a large offset does not cancel the variance; a column whose values within a
 * session are all equal has variance exactly 0.
 *
 * <p>Memory: 3 doubles per (session, column) while accumulating, 2 after.
 */
public final class SessionStats {
  private final int sessions;
  private final int columns;
  private final double[] mean; // [s * columns + c]
  private final double[] inverseStd; // 1 / std, 0 where the column is constant in the session
  private final boolean[] constant; // [s * columns + c]
  private final long firstNonFinite; // row * columns + column, or -1

  private SessionStats(int sessions, int columns, double[] mean, double[] inverseStd,
      boolean[] constant, long firstNonFinite) {
    this.sessions = sessions;
    this.columns = columns;
    this.mean = mean;
    this.inverseStd = inverseStd;
    this.constant = constant;
    this.firstNonFinite = firstNonFinite;
  }

  /**
   * Reads {@code m} once, in row blocks.
   *
   * @param m the response matrix {@code (rows × columns)}
   * @param session the 0-based session of each row of {@code m}
   * @param sessions the number of sessions (each has at least two rows: the caller checks)
   * @param progress advanced by the rows read
   * @throws IllegalArgumentException when sessions × columns exceeds one Java array
   */
  public static SessionStats of(Matrix m, int[] session, int sessions, Progress progress) {
    int cols = m.columns();
    int n = m.rows();
    long cells = (long) sessions * cols;
    if (cells > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(sessions + " sessions × " + cols + " columns");
    }
    double[] shift = new double[(int) cells];
    double[] sum = new double[(int) cells];
    double[] sumSq = new double[(int) cells];
    long[] count = new long[sessions];
    // Row blocks of at most 1 Mi values and 1/128 of the heap: the pass must run in a small heap.
    long values = Math.min(1L << 20, Runtime.getRuntime().maxMemory() / 128 / Double.BYTES);
    int block = (int) Math.max(1, Math.min(n, values / Math.max(1, cols)));
    double[] buf = new double[block * cols];
    long firstNonFinite = -1;
    for (int from = 0; from < n; from += block) {
      int to = Math.min(n, from + block);
      m.readRows(from, to, buf);
      for (int r = from; r < to; r++) {
        int s = session[r];
        int base = s * cols;
        int at = (r - from) * cols;
        if (count[s]++ == 0) {
          System.arraycopy(buf, at, shift, base, cols);
        }
        for (int c = 0; c < cols; c++) {
          if (firstNonFinite < 0 && !Double.isFinite(buf[at + c])) {
            firstNonFinite = (long) r * cols + c;
          }
          double d = buf[at + c] - shift[base + c];
          sum[base + c] += d;
          sumSq[base + c] += d * d;
        }
      }
      progress.advance(to - from);
    }
    boolean[] constant = new boolean[(int) cells];
    for (int s = 0; s < sessions; s++) {
      double k = count[s];
      for (int c = 0; c < cols; c++) {
        int i = s * cols + c;
        double var = (sumSq[i] - sum[i] * sum[i] / k) / k;
        // mean = shift + sum / n; reuse the arrays
        shift[i] += sum[i] / k;
        if (var > 0) {
          sum[i] = 1.0 / Math.sqrt(var);
        } else if (var <= 0) {
          sum[i] = 0;
          constant[i] = true;
        } else {
          sum[i] = Double.NaN; // NaN in the data stays NaN
        }
      }
    }
    return new SessionStats(sessions, cols, shift, sum, constant, firstNonFinite);
  }

  /**
   * The first NaN or ±Inf of the matrix in row-major order, as {@code row * columns + column}, or
   * -1 when every value is finite: the pass that computes the statistics finds it too.
   */
  public long firstNonFinite() {
    return firstNonFinite;
  }

  /** The number of sessions. */
  public int sessions() {
    return sessions;
  }

  /** {@code (x − mean) / std} of column {@code c} in session {@code s}; 0 for a constant column. */
  public double z(int s, int c, double x) {
    int i = s * columns + c;
    return (x - mean[i]) * inverseStd[i];
  }

  /** The mean of column {@code c} in session {@code s}. */
  public double mean(int s, int c) {
    return mean[s * columns + c];
  }

  /** Whether column {@code c} is constant (std 0) within session {@code s}. */
  public boolean constant(int s, int c) {
    return constant[s * columns + c];
  }

  /** Whether column {@code c} is constant within at least one session. */
  public boolean constantInSome(int c) {
    for (int s = 0; s < sessions; s++) {
      if (constant[s * columns + c]) {
        return true;
      }
    }
    return false;
  }
}
