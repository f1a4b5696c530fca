package org.brainalign.support.stats;

import java.util.Arrays;

/** Quantiles of a sample. */
public final class Quantiles {
  private Quantiles() {}

  /**
   * The q-quantile with linear interpolation between order statistics, as {@code numpy.quantile(v, q)}
   * (its default method): {@code v₍ₗₒ₎ + (h − lo)(v₍ₕᵢ₎ − v₍ₗₒ₎)} with {@code h = (n − 1) q}.
   *
   * @param values the sample, at least one value, none NaN; not modified
   * @param q in [0, 1]
   */
  public static double linear(double[] values, double q) {
    double[] v = values.clone();
    Arrays.sort(v);
    double h = (v.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, v.length - 1);
    return v[lo] + (h - lo) * (v[hi] - v[lo]);
  }
}
