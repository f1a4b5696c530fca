package org.brainalign.plugins.crossdecomposition;

import java.util.Locale;

/**
 * The largest |Δr| between two spectra over their reliable ranks, added rank by rank: over the
 * leading run of reliable ranks (the shared dimensionality), and over every reliable rank, with the
 * worst one.
 */
final class ReliableRanks {
  private int leading;
  private double worstLeading;
  private int compared;
  private double worst;
  private int worstRank;
  private boolean lead = true;

  /**
   * @param rank the rank, from 1
   * @param reliable whether the rank counts; an unreliable one ends the leading run
   * @param diff |Δr| at this rank
   */
  void add(int rank, boolean reliable, double diff) {
    lead &= reliable;
    if (!reliable) {
      return;
    }
    if (lead) {
      leading++;
      worstLeading = Math.max(worstLeading, diff);
    }
    compared++;
    if (diff > worst) {
      worst = diff;
      worstRank = rank;
    }
  }

  /** The figures the harness reads, in the benchmarks' {@code check} line. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "compared %d, max |dr| = %.3g; every reliable rank: %d, "
        + "max |dr| = %.3g at rank %d", leading, worstLeading, compared, worst, worstRank);
  }
}
