package org.brainalign.identification;

import java.util.Arrays;
import java.util.List;

/**
 * How a metric's cells are compared across layers, for the best layer of the report (Fig. 1B/2)
 * and for system identification: one number per cell, larger meaning closer alignment.
 *
 * <ul>
 *   <li>a metric with a spectrum (cross-decomposition): the mean held-out correlation over ranks
 *       1 to {@value #LEADING_RANKS} ({@link #leadingCorrelation}). The shared dimensionality is
 *       not used: it counts ranks above a noisy null and saturates, so a shallow layer that shares
 *       as many dimensions, each less well, would win (the demo's {@code early} ROI picked
 *       {@code relu} over its source layer1 that way);
 *   <li>every other metric: its score turned so that larger is better ({@link #oriented}).
 * </ul>
 */
public enum Criterion {
  /** Mean held-out correlation over ranks 1 to {@value #LEADING_RANKS}. */
  LEADING_CORRELATION("mean_correlation_ranks_1_10"),
  /** The score, where higher is better. */
  SCORE("score"),
  /** Minus the score, where lower is better. */
  NEGATED_SCORE("-score");

  /** Ranks averaged by {@link #LEADING_CORRELATION}. */
  public static final int LEADING_RANKS = 10;

  private final String id;

  Criterion(String id) {
    this.id = id;
  }

  /** The name written in {@code identification.csv}'s {@code criterion} column. */
  public String id() {
    return id;
  }

  /** The criterion written as {@code id} ({@link #id}), or null if none is. */
  public static Criterion ofId(String id) {
    for (Criterion c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    return null;
  }

  /** Every criterion's {@link #id}. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Criterion::id).toList();
  }

  /** This criterion's value for one cell, larger is better ({@code NaN} if none). */
  public double value(CellEvidence c) {
    return this == LEADING_CORRELATION ? c.leadingCorrelation()
        : oriented(c.score(), c.higherIsBetter());
  }

  /** The criterion of a metric's cells: with a spectrum, or by its score's direction. */
  public static Criterion of(boolean hasSpectrum, boolean higherIsBetter) {
    return hasSpectrum ? LEADING_CORRELATION : higherIsBetter ? SCORE : NEGATED_SCORE;
  }

  /**
   * Mean correlation over the ranks {@code 1..}{@value #LEADING_RANKS} of a spectrum; NaN
   * correlations are skipped.
   *
   * @param rank 1-based ranks, shape (nRanks), in any order
   * @param correlation held-out correlation per rank, shape (nRanks)
   * @return the mean, or {@code NaN} if no rank up to {@value #LEADING_RANKS} has a number
   */
  public static double leadingCorrelation(double[] rank, double[] correlation) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < rank.length; i++) {
      if (rank[i] <= LEADING_RANKS && !Double.isNaN(correlation[i])) {
        sum += correlation[i];
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** A score turned so that larger always means closer alignment ({@code NaN} stays NaN). */
  public static double oriented(double score, boolean higherIsBetter) {
    return higherIsBetter ? score : -score;
  }
}
