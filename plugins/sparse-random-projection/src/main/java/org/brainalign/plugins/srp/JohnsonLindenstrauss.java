package org.brainalign.plugins.srp;

import org.brainalign.api.InvalidInputException;

/**
 * The Johnson–Lindenstrauss target size for a random projection.
 *
 * <p>For n points and distortion ε ∈ (0, 1), a random projection to
 * k ≥ 4 ln n / (ε²/2 − ε³/3) dimensions keeps every pairwise squared distance within a factor
 * 1 ± ε with high probability (Dasgupta and Gupta 2003; Achlioptas 2003). This class returns the
 * ceiling of that bound, as bonner-libraries and docs/method.md §3 do (n = 1,000, ε = 0.1 →
 * 5,921). scikit-learn's {@code johnson_lindenstrauss_min_dim} truncates instead, so it is one
 * lower whenever the bound is not a whole number (5,920 for the same case), i.e. just under the bound.
 */
public final class JohnsonLindenstrauss {

  private JohnsonLindenstrauss() {}

  /**
   * The smallest whole k at or above the Johnson–Lindenstrauss bound.
   *
   * @param stimuli n, the number of points, at least 2 (one point has no distances to keep)
   * @param eps ε, the allowed distortion, in the open interval (0, 1)
   * @return ⌈4 ln n / (ε²/2 − ε³/3)⌉, at least 1
   * @throws InvalidInputException when n &lt; 2, ε is outside (0, 1), or k does not fit an int
   */
  public static int minDim(long stimuli, double eps) {
    if (!(eps > 0 && eps < 1)) {
      throw InvalidInputException.of("eps", "a Johnson–Lindenstrauss distortion in (0, 1)",
          String.valueOf(eps), "Use e.g. eps=0.1, or give the target size with dim=k.");
    }
    if (stimuli < 2) {
      throw InvalidInputException.of("Johnson–Lindenstrauss size",
          "at least 2 stimuli to size the projection from eps", stimuli + " stimulus",
          "Give the target size explicitly with dim=k.");
    }
    // StrictMath so that the same (n, ε) gives the same k on every JVM.
    double bound = 4 * StrictMath.log(stimuli) / (eps * eps / 2 - eps * eps * eps / 3);
    double k = Math.ceil(bound);
    if (k > Integer.MAX_VALUE) {
      throw InvalidInputException.of("Johnson–Lindenstrauss size", "k ≤ " + Integer.MAX_VALUE,
          "k = " + k + " for n = " + stimuli + ", eps = " + eps, "Use a larger eps or give dim=k.");
    }
    return (int) k;
  }
}
