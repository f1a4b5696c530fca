package org.brainalign.plugins.folder.responses;

import java.util.Collections;
import java.util.List;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.support.dataset.SessionStats;
import org.brainalign.support.stats.NoiseCeiling;

/**
 * NSD's noise ceiling SNR of some columns of a response matrix, from its repeated rows
 * ({@link NoiseCeiling}; Allen et al. 2022, Methods, "Noise ceiling").
 *
 * <p>Each response row is z-scored per column within its session first, with the population
 * standard deviation (ddof = 0; a column constant within a session gets 0 there), whatever the
 * dataset's {@code zscore} option; without a session column all rows form one session. Then per
 * column: {@code σ²_noise} = the mean over stimuli shown by at least two rows of the variance across
 * those rows (ddof = 1), {@code ncsnr = √max(0, 1 − σ²_noise) / √σ²_noise}.
 */
public final class TrialNcsnr {
  private TrialNcsnr() {}

  /**
   * @param source the response matrix {@code (nResponseRows × nColumns)}
   * @param stats per-session statistics of {@code source} (for the z-scores)
   * @param session the 0-based session of each response row
   * @param repeated the response rows of each stimulus shown at least twice (at least one stimulus)
   * @param columns the columns wanted, ascending
   * @return ncsnr per wanted column, in {@code [0, +∞]}, NaN where a value is NaN
   */
  public static double[] of(Matrix source, SessionStats stats, int[] session, int[][] repeated,
      int[] columns) {
    int width = columns.length;
    double[] noise = new double[width];
    if (width == 0) {
      return noise;
    }
    int lo = columns[0];
    int span = columns[width - 1] + 1 - lo;
    double[] buf = new double[span];
    for (int[] rows : repeated) {
      double[][] trials = new double[rows.length][width];
      for (int t = 0; t < rows.length; t++) {
        source.readBlock(rows[t], rows[t] + 1, lo, lo + span, buf);
        for (int j = 0; j < width; j++) {
          trials[t][j] = stats.z(session[rows[t]], columns[j], buf[columns[j] - lo]);
        }
      }
      // One stimulus: its noise variance is the variance across its rows (ddof 1).
      double[] v = NoiseCeiling.noiseVariance(trials, Collections.nCopies(rows.length, "s"));
      for (int j = 0; j < width; j++) {
        noise[j] += v[j];
      }
    }
    double[] ncsnr = new double[width];
    for (int j = 0; j < width; j++) {
      ncsnr[j] = NoiseCeiling.ncsnr(noise[j] / repeated.length);
    }
    return ncsnr;
  }

  /**
   * The response rows of each stimulus shown by at least two rows, stimuli in order of their first
   * row (as {@link NoiseCeiling#noiseVariance} orders them).
   *
   * @param image the stimulus (index) of each response row
   */
  public static int[][] repeated(int[] image) {
    java.util.Map<Integer, List<Integer>> byImage = new java.util.LinkedHashMap<>();
    for (int r = 0; r < image.length; r++) {
      byImage.computeIfAbsent(image[r], k -> new java.util.ArrayList<>()).add(r);
    }
    return byImage.values().stream().filter(rows -> rows.size() >= 2)
        .map(rows -> rows.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
  }
}
