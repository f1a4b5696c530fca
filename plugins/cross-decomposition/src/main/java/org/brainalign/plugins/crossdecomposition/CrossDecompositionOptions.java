package org.brainalign.plugins.crossdecomposition;

import java.util.List;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.GramPrecision;

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
 * @param route {@code auto}, {@code primal} or {@code dual}, for both sides (see {@link RouteChoice})
 * @param gramPrecision arithmetic of the dual route's Gram matrix ({@code double} or
 *     {@code single}, see {@link GramPrecision})
 * @param foldFactor how the dual route factors each fold's training Gram matrix ({@code cholesky}
 *     or {@code eigen}, see {@link FoldFactor})
 * @param foldPrecision arithmetic of the per-fold factorizations and SVD ({@code double} or
 *     {@code single}, see {@link FoldPrecision})
 */
record CrossDecompositionOptions(int folds, long seed, int components, boolean scale,
    int permutations, double nullQuantile, int bootstraps, double confidence, RouteChoice route,
    GramPrecision gramPrecision, FoldFactor foldFactor, FoldPrecision foldPrecision) {
  static final OptionSpec<Long> FOLDS = OptionSpec.integer("folds", 8, "folds of shuffled k-fold "
      + "cross-validation (same folds as sklearn KFold(shuffle=True, random_state=seed))");
  static final OptionSpec<Long> SEED =
      OptionSpec.integer("seed", 0, "seed of the fold shuffle and of resampling");
  static final OptionSpec<Long> COMPONENTS =
      OptionSpec.integer("components", 0, "number of ranks to report (0 = all)");
  static final OptionSpec<Boolean> SCALE =
      OptionSpec.bool("scale", false, "z-score columns with training mean and std (ddof 1)");
  static final OptionSpec<Long> PERMUTATIONS = OptionSpec.integer("permutations", 0,
      "permutation-null draws (test rows of y shuffled, no refit); 0 = no null");
  static final OptionSpec<Double> NULL_QUANTILE =
      OptionSpec.real("null-quantile", 0.99, "null quantile a rank must exceed to be reliable");
  static final OptionSpec<Long> BOOTSTRAPS = OptionSpec.integer("bootstraps", 0,
      "bootstrap draws over test rows for confidence intervals; 0 = none");
  static final OptionSpec<Double> CONFIDENCE =
      OptionSpec.real("confidence", 0.95, "width of the bootstrap confidence interval");
  static final OptionSpec<RouteChoice> ROUTE = OptionSpec.choice("route", RouteChoice.AUTO,
      "primal (features) or dual (Gram matrix) computation; "
          + "auto picks dual when columns outnumber rows");
  static final OptionSpec<GramPrecision> GRAM_PRECISION = OptionSpec.choice("gram-precision",
      GramPrecision.DOUBLE,
      "arithmetic of the Gram matrix on the dual route: double (float64 panels) or single "
          + "(float32 panel products summed in float64; about 2x faster at large p, agrees "
          + "with double to about 1e-5 relative; Gram eigenvalues below 1e-5 of the largest "
          + "count as rank deficiency instead of 1e-10)");
  static final OptionSpec<FoldFactor> FOLD_FACTOR = OptionSpec.choice("fold-factor",
      FoldFactor.CHOLESKY,
      "how the dual route factors each fold's training Gram matrix K_tr = A A^T: cholesky "
          + "(pivoted, LAPACK dpstrf; several times faster) or eigen (LAPACK dsyevd); same "
          + "spectrum to rounding, same rank cut-off; a chosen eigen-backend always uses eigen");
  static final OptionSpec<FoldPrecision> FOLD_PRECISION = OptionSpec.choice("fold-precision",
      FoldPrecision.DOUBLE,
      "arithmetic of each fold's factorizations and SVD (K_tr's pivoted Cholesky, M = "
          + "A_x^T A_y, its SVD and the test projections): double (exact, LAPACK d*) or "
          + "single (float32 factor and M, M's SVD through the float64 eigendecomposition of "
          + "its short side's Gram matrix; about 2.8x faster per fold at n_tr = 8,750, q = "
          + "7,000; correlations within 1e-4 of double over the leading reliable ranks, up to "
          + "~1e-2 in a flat tail of nearly equal singular values; eigenvalues and singular "
          + "values below 1e-5 of the largest count as zero); correlations and the null stay "
          + "double");
  /** Every option, in the order {@code brainalign plugins} lists them. */
  static final List<OptionSpec<?>> SPECS = List.of(FOLDS, SEED, COMPONENTS, SCALE, PERMUTATIONS,
      NULL_QUANTILE, BOOTSTRAPS, CONFIDENCE, ROUTE, GRAM_PRECISION, FOLD_FACTOR,
      FOLD_PRECISION);

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
        toInt(o, FOLDS), o.get(SEED), toInt(o, COMPONENTS), o.get(SCALE),
        toInt(o, PERMUTATIONS), o.get(NULL_QUANTILE), toInt(o, BOOTSTRAPS),
        o.get(CONFIDENCE), o.get(ROUTE), o.get(GRAM_PRECISION), o.get(FOLD_FACTOR),
        o.get(FOLD_PRECISION));
  }

  private static int toInt(Options o, OptionSpec<Long> option) {
    long v = o.get(option);
    if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
      throw new InvalidOptionException("cross-decomposition option '" + option.key() + "': " + v
          + " is out of range");
    }
    return (int) v;
  }
}
