package org.brainalign.plugins.srp;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;

/**
 * Validated options of {@code sparse-random-projection}.
 *
 * @param axis what is projected: all units, channels only, or spatial positions only
 * @param dim k, the target size, ≥ 0; 0 means "size it from {@code eps}"
 * @param eps Johnson–Lindenstrauss distortion ε in (0, 1), used when {@code dim} is 0
 * @param density s, the probability that an entry is non-zero, in (0, 1]; empty means 1/√d for the
 *     projected input size d (Li, Hastie and Church 2006, "very sparse" projections)
 * @param seed the seed of the projection matrix; any long
 */
public record SrpConfig(Axis axis, int dim, double eps, OptionalDouble density, long seed) {

  /** The text of the {@code density} option that asks for 1/√d. */
  public static final String AUTO = "auto";

  static final OptionSpec<Axis> AXIS = OptionSpec.choice("axis", Axis.ALL,
      "what to project: all (C·H·W → k), channel (k × C at every position → (k, H, W)) or "
          + "spatial (k × H·W for every channel → (C, k))");
  static final OptionSpec<Long> DIM = OptionSpec.integer("dim", 0,
      "target size k; 0 sizes k by Johnson–Lindenstrauss from eps and the number of stimuli; "
          + "no projection when k ≥ the projected input size");
  static final OptionSpec<Double> EPS = OptionSpec.real("eps", 0.1,
      "Johnson–Lindenstrauss distortion in (0, 1): k = ceil(4 ln n / (eps²/2 − eps³/3))");
  static final OptionSpec<String> DENSITY = OptionSpec.string("density", AUTO,
      "probability in (0, 1] that an entry is non-zero; auto = 1/sqrt(d) for input size d");
  static final OptionSpec<Long> SEED = OptionSpec.integer("seed", 0,
      "seed of the projection matrix; the same seed gives the same matrix everywhere");
  /** Every option, in the order {@code brainalign plugins} lists them. */
  static final List<OptionSpec<?>> OPTIONS = List.of(AXIS, DIM, EPS, DENSITY, SEED);

  public SrpConfig {
    Objects.requireNonNull(axis, "axis");
    Objects.requireNonNull(density, "density");
    if (dim < 0) {
      throw new InvalidOptionException("option 'dim' of 'sparse-random-projection': expected k ≥ 0 "
          + "(0 sizes k from eps), found " + dim + ". Write e.g. dim=64, or dim=0 to use eps.");
    }
    if (!(eps > 0 && eps < 1)) {
      throw new InvalidOptionException("option 'eps' of 'sparse-random-projection': expected a "
          + "Johnson–Lindenstrauss distortion in the open interval (0, 1), found " + eps
          + ". Write e.g. eps=0.1 (the default).");
    }
    if (density.isPresent()) {
      double s = density.getAsDouble();
      if (!(s > 0 && s <= 1)) {
        throw new InvalidOptionException("option 'density' of 'sparse-random-projection': expected "
            + "a probability in (0, 1] or 'auto', found " + s
            + ". Write density=auto for 1/sqrt(d), or e.g. density=0.01.");
      }
    }
  }

  /**
   * Reads and checks the options.
   *
   * @throws InvalidOptionException when a value is out of range or does not parse
   */
  public static SrpConfig from(Options options) {
    long dim = options.get(DIM);
    if (dim != (int) dim) {
      throw new InvalidOptionException("option 'dim' of 'sparse-random-projection': expected "
          + "0 ≤ k ≤ " + Integer.MAX_VALUE + ", found " + dim + ". Choose a target size in range.");
    }
    return new SrpConfig(options.get(AXIS), (int) dim,
        options.get(EPS), parseDensity(options.get(DENSITY)), options.get(SEED));
  }

  private static OptionalDouble parseDensity(String text) {
    if (text.equals(AUTO)) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      throw new InvalidOptionException("option 'density' of 'sparse-random-projection': expected "
          + "'auto' or a probability in (0, 1], found '" + text
          + "'. Write density=auto for 1/sqrt(d), or e.g. density=0.01.");
    }
  }
}
