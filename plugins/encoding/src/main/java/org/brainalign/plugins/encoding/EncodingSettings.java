package org.brainalign.plugins.encoding;

import java.util.List;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;

/**
 * Options shared by {@code encoding} and {@code versa}.
 *
 * @param alphas ridge penalties to choose from per voxel, each &gt; 0
 * @param folds folds of the shuffled k-fold split used when no explicit split is given, ≥ 2
 * @param seed numpy seed of that split, in [0, 2³²)
 */
record EncodingSettings(double[] alphas, int folds, long seed) {

  /** 10^-2 … 10^6, half a decade apart (17 values). */
  static final String DEFAULT_ALPHAS = defaultAlphas();
  static final OptionSpec<double[]> ALPHAS = OptionSpec.reals("alphas", DEFAULT_ALPHAS,
      "ridge penalties; with several, each voxel takes the one with the least leave-one-out "
          + "error on the training rows");
  static final OptionSpec<Long> FOLDS = OptionSpec.integer("folds", 8, "folds of the shuffled "
      + "k-fold split used without explicit train/test indices");
  static final OptionSpec<Long> SEED = OptionSpec.integer("seed", 0, "seed of that k-fold split "
      + "(numpy RandomState, as scikit-learn KFold(shuffle=True, random_state=seed))");

  EncodingSettings {
    alphas = alphas.clone();
    for (double a : alphas) {
      if (!(a > 0)) {
        throw new InvalidOptionException("option 'alphas': expected penalties > 0, found " + a
            + "; leave-one-out selection needs a positive penalty (e.g. alphas=[0.1,1,10])");
      }
    }
  }

  /** The options of {@code encoding}, which {@code versa} extends. */
  static List<OptionSpec<?>> options() {
    return List.of(ALPHAS, FOLDS, SEED);
  }

  static EncodingSettings from(Options options) {
    long folds = options.get(FOLDS);
    if (folds < 2 || folds > Integer.MAX_VALUE) {
      throw new InvalidOptionException("option 'folds': expected at least 2, found " + folds
          + ". Use 2 or more (5 is usual); for one explicit split instead, 'brainalign compare' "
          + "takes --train-index and --test-index (studies use folds only)");
    }
    long seed = options.get(SEED);
    if (seed < 0 || seed > 0xFFFF_FFFFL) {
      throw new InvalidOptionException("option 'seed': expected an integer in [0, 4294967295], found "
          + seed);
    }
    return new EncodingSettings(options.get(ALPHAS), (int) folds, seed);
  }

  private static String defaultAlphas() {
    StringBuilder sb = new StringBuilder("[");
    for (int k = 0; k <= 16; k++) {
      double exponent = -2 + 0.5 * k;
      // Whole decades written exactly; half decades as the nearest double to 10^(k/2 - 2).
      double v = k % 2 == 0 ? Double.parseDouble("1e" + (int) exponent) : Math.pow(10, exponent);
      sb.append(k == 0 ? "" : ",").append(format(v));
    }
    return sb.append(']').toString();
  }

  private static String format(double v) {
    return v == Math.rint(v) && v < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
