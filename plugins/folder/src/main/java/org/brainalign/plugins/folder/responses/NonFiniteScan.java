package org.brainalign.plugins.folder.responses;

import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.Progress;

/** One pass over a response matrix in row blocks, for its first NaN or ±Inf. */
public final class NonFiniteScan {
  private NonFiniteScan() {}

  /**
   * @return the first non-finite value in row-major order as {@code row * columns + column}, or
   *     -1 when every value is finite
   */
  public static long first(Matrix m, Progress progress) {
    int cols = m.columns();
    int n = m.rows();
    // Row blocks of at most 1 Mi values and 1/128 of the heap, as SessionStats reads them.
    long values = Math.min(1L << 20, Runtime.getRuntime().maxMemory() / 128 / Double.BYTES);
    int block = (int) Math.max(1, Math.min(n, values / Math.max(1, cols)));
    double[] buf = new double[block * cols];
    for (int from = 0; from < n; from += block) {
      int to = Math.min(n, from + block);
      m.readRows(from, to, buf);
      for (int i = 0; i < (to - from) * cols; i++) {
        if (!Double.isFinite(buf[i])) {
          return (long) from * cols + i;
        }
      }
      progress.advance(to - from);
    }
    return -1;
  }
}
