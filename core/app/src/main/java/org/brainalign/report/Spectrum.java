package org.brainalign.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A spectrum averaged over subjects: correlation against rank for one ROI × layer × reducer ×
 * metric.
 *
 * <p>At each rank the mean is taken over the subjects that have that rank (subjects with fewer
 * voxels have fewer ranks). The spread is the standard deviation across those subjects (ddof 1)
 * where there are two or more, else that one subject's standard deviation over folds.
 *
 * @param rank 1-based ranks, increasing, shape (nRanks)
 * @param mean mean correlation per rank, shape (nRanks)
 * @param sd spread per rank as above ({@code NaN} when unknown), shape (nRanks)
 * @param nullQuantile mean permutation-null quantile per rank ({@code NaN} without permutations)
 * @param subjects number of subjects averaged
 */
record Spectrum(double[] rank, double[] mean, double[] sd, double[] nullQuantile, int subjects) {

  /** Averages the rows of one ROI × layer × reducer × metric over subjects. */
  static Spectrum average(List<SpectrumRow> rows) {
    Map<Integer, List<SpectrumRow>> byRank = new TreeMap<>();
    java.util.Set<String> subjects = new java.util.HashSet<>();
    for (SpectrumRow r : rows) {
      byRank.computeIfAbsent(r.rank(), k -> new ArrayList<>()).add(r);
      subjects.add(r.cell().subject());
    }
    int n = byRank.size();
    double[] rank = new double[n];
    double[] mean = new double[n];
    double[] sd = new double[n];
    double[] nullQ = new double[n];
    int i = 0;
    for (Map.Entry<Integer, List<SpectrumRow>> e : byRank.entrySet()) {
      List<SpectrumRow> at = e.getValue();
      rank[i] = e.getKey();
      mean[i] = meanOf(at.stream().mapToDouble(SpectrumRow::correlation).toArray());
      nullQ[i] = meanOf(at.stream().mapToDouble(SpectrumRow::nullQuantile).toArray());
      sd[i] = at.size() == 1 ? at.get(0).correlationSd()
          : sdOf(at.stream().mapToDouble(SpectrumRow::correlation).toArray(), mean[i]);
      i++;
    }
    return new Spectrum(rank, mean, sd, nullQ, subjects.size());
  }

  /** Mean correlation over the first {@code k} ranks (rank ≤ k); {@code NaN} if there are none. */
  double leadingMean(int k) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < rank.length; i++) {
      if (rank[i] <= k && !Double.isNaN(mean[i])) {
        sum += mean[i];
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Whether any rank has a permutation-null quantile. */
  boolean hasNull() {
    for (double q : nullQuantile) {
      if (!Double.isNaN(q)) {
        return true;
      }
    }
    return false;
  }

  private static double meanOf(double[] v) {
    double s = 0;
    int n = 0;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        s += x;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  private static double sdOf(double[] v, double mean) {
    double s = 0;
    int n = 0;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        s += (x - mean) * (x - mean);
        n++;
      }
    }
    return n < 2 ? Double.NaN : Math.sqrt(s / (n - 1));
  }
}
