package org.brainalign.plugins.crossdecomposition;

import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.Options;
import org.brainalign.geometry.gram.GramPrecision;

/**
 * Validated options of the cross-decomposition spectrum.
 *
 * @param folds k of the shuffled k-fold cross-validation (when no explicit split is given), ≥ 2
 * @param seed numpy seed of the fold shuffle and (offset per fold) of the resampling, in [0, 2^32)
 * @param components ranks to report; 0 for all
 * @param scale whether to z-score columns with training statistics (ddof 1)
 * @param permutations permutation-null draws; 0 for none
 * @param nullQuantile quantile of the null a rank must exceed to count as reliable, in (0, 1)
 * @param bootstraps bootstrap draws for confidence intervals; 0 for none
 * @param confidence width of the bootstrap interval, in (0, 1)
 * @param route {@code auto}, {@code primal} or {@code dual}, for both sides
 * @param gramPrecision arithmetic of the dual route's Gram matrix ({@code double} or
 *     {@code single}, see {@link GramPrecision})
 * @param foldFactor how the dual route factors each fold's training Gram matrix ({@code cholesky}
 *     or {@code eigen}, see {@link FoldFactor})
 */
record CrossDecompositionOptions(int folds, long seed, int components, boolean scale,
    int permutations, double nullQuantile, int bootstraps, double confidence, String route,
    GramPrecision gramPrecision, FoldFactor foldFactor) {

  CrossDecompositionOptions {
    if (folds < 2) {
      throw new InvalidOptionException("cross-decomposition option 'folds': expected at least 2, "
          + "found " + folds + ". Use 2 or more (5 is usual); for one explicit split instead, "
          + "'brainalign compare' takes --train-index and --test-index (studies use folds only)");
    }
    if (seed < 0 || seed > 0xffffffffL) {
      throw new InvalidOptionException("cross-decomposition option 'seed': expected 0 to "
          + 0xffffffffL + " (a numpy seed), found " + seed);
    }
    if (components < 0) {
      throw new InvalidOptionException("cross-decomposition option 'components': expected 0 (all) "
          + "or a positive number of ranks, found " + components);
    }
    if (permutations < 0 || bootstraps < 0) {
      throw new InvalidOptionException("cross-decomposition options 'permutations' and "
          + "'bootstraps' must be 0 or more, found " + permutations + " and " + bootstraps);
    }
    if (!(nullQuantile > 0 && nullQuantile < 1) || !(confidence > 0 && confidence < 1)) {
      throw new InvalidOptionException("cross-decomposition options 'null-quantile' and "
          + "'confidence' must lie strictly between 0 and 1, found " + nullQuantile + " and "
          + confidence);
    }
  }

  static CrossDecompositionOptions from(Options o) {
    return new CrossDecompositionOptions(
        toInt(o, "folds"), o.integer("seed"), toInt(o, "components"), o.bool("scale"),
        toInt(o, "permutations"), o.real("null-quantile"), toInt(o, "bootstraps"),
        o.real("confidence"), o.string("route"), precision(o.string("gram-precision")),
        foldFactor(o.string("fold-factor")));
  }

  private static GramPrecision precision(String id) {
    try {
      return GramPrecision.of(id);
    } catch (IllegalArgumentException e) {
      throw new InvalidOptionException("cross-decomposition option 'gram-precision': expected "
          + "'double' or 'single', found '" + id + "'");
    }
  }

  private static FoldFactor foldFactor(String id) {
    try {
      return FoldFactor.of(id);
    } catch (IllegalArgumentException e) {
      throw new InvalidOptionException("cross-decomposition option 'fold-factor': expected "
          + "'cholesky' or 'eigen', found '" + id + "'");
    }
  }

  private static int toInt(Options o, String key) {
    long v = o.integer(key);
    if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
      throw new InvalidOptionException("cross-decomposition option '" + key + "': " + v
          + " is out of range");
    }
    return (int) v;
  }
}
