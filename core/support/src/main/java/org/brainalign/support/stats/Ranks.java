package org.brainalign.support.stats;

/**
 * Ranks with ties given their average rank, like {@code scipy.stats.rankdata(method="average")}.
 *
 * <p>Values are ordered as {@link Double#compare} orders them: NaN after every number, each NaN its
 * own rank in input order (NaN equals nothing, so NaNs are never tied).
 */
public final class Ranks {
  private Ranks() {}

  /**
   * @param v values, shape (n)
   * @return 1-based ranks; tied values share the mean of the ranks they span
   */
  public static double[] average(double[] v) {
    int n = v.length;
    int[] order = sortedOrder(v);
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1.0;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }

  /** Indices that sort {@code v} ascending (stable bottom-up merge sort, no boxing, NaN last). */
  private static int[] sortedOrder(double[] v) {
    int n = v.length;
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    int[] b = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(n, lo + width);
        int hi = Math.min(n, lo + 2 * width);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          b[k++] = Double.compare(v[a[j]], v[a[i]]) < 0 ? a[j++] : a[i++];
        }
        while (i < mid) {
          b[k++] = a[i++];
        }
        while (j < hi) {
          b[k++] = a[j++];
        }
      }
      int[] t = a;
      a = b;
      b = t;
    }
    return a;
  }
}
