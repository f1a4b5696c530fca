package org.brainalign.report;

import java.util.List;

/**
 * The layer that aligns best with an ROI (the paper's Fig. 1B): the highest cross-decomposition
 * score averaged over subjects (lowest where a lower score is better); exact ties, and layers with
 * no score, are decided by the mean correlation over the first {@value #LEADING_RANKS} ranks; then
 * the shallower layer wins.
 */
final class BestLayer {
  /** Ranks averaged to break ties. */
  static final int LEADING_RANKS = 10;

  private BestLayer() {}

  /**
   * One layer's evidence.
   *
   * @param score mean score over subjects, oriented so larger is better ({@code NaN} if none)
   * @param leadingMean mean correlation over ranks 1..{@value #LEADING_RANKS} ({@code NaN} if none)
   */
  record Candidate(ResultCell.Layer layer, double score, double leadingMean) {}

  /** The best candidate, or {@code null} if there are none. */
  static Candidate choose(List<Candidate> candidates) {
    Candidate best = null;
    for (Candidate c : candidates) {
      if (best == null || better(c, best)) {
        best = c;
      }
    }
    return best;
  }

  private static boolean better(Candidate a, Candidate b) {
    int byScore = compareNanLast(a.score(), b.score());
    if (byScore != 0) {
      return byScore > 0;
    }
    int byLeading = compareNanLast(a.leadingMean(), b.leadingMean());
    if (byLeading != 0) {
      return byLeading > 0;
    }
    return a.layer().index() < b.layer().index();
  }

  /** Positive if a is larger; a number beats NaN; NaN ties NaN. */
  private static int compareNanLast(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Double.isNaN(a) == Double.isNaN(b) ? 0 : Double.isNaN(a) ? -1 : 1;
    }
    return Double.compare(a, b);
  }
}
