package org.brainalign.report;

import java.util.Map;
import java.util.TreeMap;

/**
 * Geometrically spaced rank bins, {@code perDecade} per factor of ten: bin k holds the ranks r with
 * 10^(k/d) ≤ r &lt; 10^((k+1)/d), d = perDecade (the edges of the Bonner lab's
 * {@code assign_data_to_geometrically_spaced_bins(density=3, base=10, start=1)}, with as many
 * bins as the ranks need). Spectra are summarised by the mean correlation of the ranks in each bin.
 */
final class RankBins {
  private final int perDecade;

  /** @param perDecade bins per decade, at least 1 (the paper's figures use 3) */
  RankBins(int perDecade) {
    if (perDecade < 1) {
      throw new IllegalArgumentException("perDecade: expected at least 1, found " + perDecade);
    }
    this.perDecade = perDecade;
  }

  /** The 0-based bin of a rank ≥ 1. */
  int bin(double rank) {
    if (!(rank >= 1)) {
      throw new IllegalArgumentException("rank: expected at least 1, found " + rank);
    }
    // The epsilon keeps exact edges such as 10 or 100 in the bin they open despite rounding.
    return (int) Math.floor(perDecade * Math.log10(rank) + 1e-9);
  }

  /** Lower edge of bin k, 10^(k/d). */
  double lower(int k) {
    return Math.pow(10, (double) k / perDecade);
  }

  /** The whole ranks in bin k as text, e.g. {@code "22–46"}, or one rank, e.g. {@code "1"}. */
  String label(int k) {
    long first = (long) Math.ceil(lower(k) - 1e-9);
    long last = (long) Math.ceil(lower(k + 1) - 1e-9) - 1;
    if (last < first) {
      return "";
    }
    return first == last ? Long.toString(first) : first + "–" + last;
  }

  /** Mean of {@code values} per bin of {@code rank} (NaN values skipped; empty bins absent). */
  Map<Integer, Double> means(double[] rank, double[] values) {
    Map<Integer, double[]> acc = new TreeMap<>();
    for (int i = 0; i < rank.length; i++) {
      if (Double.isNaN(values[i])) {
        continue;
      }
      double[] a = acc.computeIfAbsent(bin(rank[i]), k -> new double[2]);
      a[0] += values[i];
      a[1]++;
    }
    Map<Integer, Double> out = new TreeMap<>();
    acc.forEach((k, a) -> out.put(k, a[0] / a[1]));
    return out;
  }
}
