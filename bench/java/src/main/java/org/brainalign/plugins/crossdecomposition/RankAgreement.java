package org.brainalign.plugins.crossdecomposition;

import java.util.Locale;

/**
 * How closely two spectra agree, rank by rank: the largest |Δr| over the leading run of reliable
 * ranks, then over every reliable rank, with the worst rank. The benchmarks' accuracy checks add
 * the ranks in order and print the result as one {@code check} line.
 */
final class RankAgreement {
  private int leading;
  private double worstLeading;
  private int compared;
  private double worst;
  private int worstRank;
  private boolean lead = true;

  /**
   * Adds the next rank.
   *
   * @param rank the 0-based rank
   * @param reliable whether the rank counts; the leading run ends at the first that does not
   * @param difference |Δr| at the rank (ignored when it is not reliable)
   */
  void add(int rank, boolean reliable, double difference) {
    lead &= reliable;
    if (!reliable) {
      return;
    }
    if (lead) {
      leading++;
      worstLeading = Math.max(worstLeading, difference);
    }
    compared++;
    if (difference > worst) {
      worst = difference;
      worstRank = rank + 1;
    }
  }

  /**
   * Prints {@code check <what>: ranks <ranksA> and <ranksB>, ...} with the leading run's count and
   * worst |Δr|, then every reliable rank's.
   */
  void print(String what, int ranksA, int ranksB) {
    System.out.printf(Locale.ROOT, "check %s: ranks %d and %d, compared %d, max |dr| = %.3g; "
        + "every reliable rank: %d, max |dr| = %.3g at rank %d%n", what, ranksA, ranksB, leading,
        worstLeading, compared, worst, worstRank);
  }
}
