package org.brainalign.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brainalign.identification.Criterion;

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
record MeanSpectrum(double[] rank, double[] mean, double[] sd, double[] nullQuantile, int subjects) {

  /** Averages the spectra of one ROI × layer × reducer × metric over subjects (one each). */
  static MeanSpectrum average(List<CellSpectrum> subjects) {
    // rank → [count, mean, M2 (Welford), Σ null quantile, count of nulls, last fold SD]
    Map<Double, double[]> byRank = new TreeMap<>();
    for (CellSpectrum s : subjects) {
      for (int k = 0; k < s.rank().length; k++) {
        double[] a = byRank.computeIfAbsent(s.rank()[k], x -> new double[6]);
        double c = s.correlation()[k];
        if (!Double.isNaN(c)) {
          a[0]++;
          double d = c - a[1];
          a[1] += d / a[0];
          a[2] += d * (c - a[1]);
          a[5] = s.correlationSd()[k];
        }
        if (!Double.isNaN(s.nullQuantile()[k])) {
          a[3] += s.nullQuantile()[k];
          a[4]++;
        }
      }
    }
    int n = byRank.size();
    double[] rank = new double[n];
    double[] mean = new double[n];
    double[] sd = new double[n];
    double[] nullQ = new double[n];
    int i = 0;
    for (Map.Entry<Double, double[]> e : byRank.entrySet()) {
      double[] a = e.getValue();
      rank[i] = e.getKey();
      mean[i] = a[0] == 0 ? Double.NaN : a[1];
      sd[i] = a[0] == 1 ? a[5] : a[0] < 1 ? Double.NaN : Math.sqrt(a[2] / (a[0] - 1));
      nullQ[i] = a[4] == 0 ? Double.NaN : a[3] / a[4];
      i++;
    }
    return new MeanSpectrum(rank, mean, sd, nullQ, subjects.size());
  }

  /** Ranks up to this are always drawn one by one. */
  static final int PLOT_EXACT_RANKS = 100;
  /** Beyond {@link #PLOT_EXACT_RANKS}, ranks are drawn as means over this many bins per decade. */
  static final int PLOT_BINS_PER_DECADE = 50;
  /** Spectra with at most this many ranks are drawn unchanged. */
  static final int PLOT_MAX_POINTS = 300;

  /**
   * The spectrum as drawn: unchanged up to {@value #PLOT_MAX_POINTS} ranks; otherwise ranks up to
   * {@value #PLOT_EXACT_RANKS} one by one and the rest as means (of rank, correlation, SD and null
   * quantile) over {@value #PLOT_BINS_PER_DECADE} geometric bins per decade, so a 10,000-rank
   * spectrum is about 200 points and the report stays small. Statistics use the full spectrum.
   */
  MeanSpectrum forPlot() {
    if (rank.length <= PLOT_MAX_POINTS) {
      return this;
    }
    RankBins bins = new RankBins(PLOT_BINS_PER_DECADE);
    Map<Integer, double[]> acc = new TreeMap<>();
    int exact = 0;
    for (int i = 0; i < rank.length; i++) {
      if (rank[i] <= PLOT_EXACT_RANKS) {
        exact++;
        continue;
      }
      double[] a = acc.computeIfAbsent(bins.bin(rank[i]), k -> new double[5]);
      a[0]++;
      a[1] += rank[i];
      a[2] += mean[i];
      a[3] += Double.isNaN(sd[i]) ? 0 : sd[i];
      a[4] += nullQuantile[i];
    }
    int n = exact + acc.size();
    double[] r = java.util.Arrays.copyOf(rank, n);
    double[] m = java.util.Arrays.copyOf(mean, n);
    double[] s = java.util.Arrays.copyOf(sd, n);
    double[] q = java.util.Arrays.copyOf(nullQuantile, n);
    int i = exact;
    for (double[] a : acc.values()) {
      r[i] = a[1] / a[0];
      m[i] = a[2] / a[0];
      s[i] = a[3] / a[0];
      q[i] = a[4] / a[0];
      i++;
    }
    return new MeanSpectrum(r, m, s, q, subjects);
  }

  /** {@link Criterion#leadingCorrelation} of the subject-mean spectrum. */
  double leadingCorrelation() {
    return Criterion.leadingCorrelation(rank, mean);
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
}
