package org.brainalign.report;

import java.util.Arrays;

/**
 * One cell's spectrum from {@code spectra.csv}, held as columns (a study may have millions of rows).
 *
 * @param rank 1-based ranks in file order, shape (nRanks)
 * @param correlation held-out correlation per rank, mean over folds, shape (nRanks)
 * @param correlationSd standard deviation over folds ({@code NaN} when unknown), shape (nRanks)
 * @param nullQuantile permutation-null quantile ({@code NaN} without permutations), shape (nRanks)
 */
record CellSpectrum(ResultCell cell, double[] rank, double[] correlation, double[] correlationSd,
    double[] nullQuantile) {

  /** Collects the rows of one cell. */
  static final class Builder {
    private final ResultCell cell;
    private double[] rank = new double[64];
    private double[] correlation = new double[64];
    private double[] sd = new double[64];
    private double[] nullQuantile = new double[64];
    private int n;

    Builder(ResultCell cell) {
      this.cell = cell;
    }

    void add(double r, double c, double s, double q) {
      if (n == rank.length) {
        int size = n * 2;
        rank = Arrays.copyOf(rank, size);
        correlation = Arrays.copyOf(correlation, size);
        sd = Arrays.copyOf(sd, size);
        nullQuantile = Arrays.copyOf(nullQuantile, size);
      }
      rank[n] = r;
      correlation[n] = c;
      sd[n] = s;
      nullQuantile[n] = q;
      n++;
    }

    CellSpectrum build() {
      return new CellSpectrum(cell, Arrays.copyOf(rank, n), Arrays.copyOf(correlation, n),
          Arrays.copyOf(sd, n), Arrays.copyOf(nullQuantile, n));
    }
  }
}
