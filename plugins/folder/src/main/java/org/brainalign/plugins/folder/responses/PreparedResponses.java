package org.brainalign.plugins.folder.responses;

import org.brainalign.api.matrix.AbstractMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.support.dataset.SessionStats;

/**
 * The responses of one ROI as a view of the subject's matrix, computed as rows are read, so the
 * matrix is never copied per ROI: output row {@code r} is the mean over source rows
 * {@code groups[r]} of the (optionally z-scored) values in the ROI's source columns.
 *
 * <p>{@code y[r, j] = mean_{t ∈ groups[r]} z(session[t], columns[j], x[t, columns[j]])}, with
 * {@code z} the identity when {@code stats} is null.
 */
public final class PreparedResponses extends AbstractMatrix {
  private final Matrix source;
  private final int[][] groups;
  private final int[] columns;
  private final int[] session;
  private final SessionStats stats;

  /**
   * @param groups per output row, the source rows averaged into it
   * @param columns the source columns kept, ascending
   * @param session the 0-based session of each source row (used with stats)
   * @param stats per-session column statistics for z-scoring, or null for raw values
   */
  public PreparedResponses(Matrix source, int[][] groups, int[] columns, int[] session,
      SessionStats stats) {
    super(groups.length, columns.length);
    this.source = source;
    this.groups = groups;
    this.columns = columns;
    this.session = session;
    this.stats = stats;
  }

  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, double[] dst) {
    int width = colTo - colFrom;
    if (width <= 0) {
      return;
    }
    int lo = columns[colFrom];
    int span = columns[colTo - 1] + 1 - lo;
    double[] buf = new double[span];
    double[] acc = new double[width];
    for (int r = rowFrom; r < rowTo; r++) {
      java.util.Arrays.fill(acc, 0);
      for (int t : groups[r]) {
        source.readBlock(t, t + 1, lo, lo + span, buf);
        if (stats == null) {
          for (int j = 0; j < width; j++) {
            acc[j] += buf[columns[colFrom + j] - lo];
          }
        } else {
          int s = session[t];
          for (int j = 0; j < width; j++) {
            int c = columns[colFrom + j];
            acc[j] += stats.z(s, c, buf[c - lo]);
          }
        }
      }
      int at = (r - rowFrom) * width;
      double k = groups[r].length;
      for (int j = 0; j < width; j++) {
        dst[at + j] = acc[j] / k;
      }
    }
  }
}
