package org.brainalign.api.matrix;

import java.util.Locale;
import org.brainalign.api.extension.OptionChoice;

/**
 * The arithmetic of the Gram stage K = Z Zᵀ (docs/method.md §2).
 *
 * <p>{@link #DOUBLE} reads float64 column panels and multiplies them with dsyrk: K agrees with a
 * float64 reference to about 1e-12 relative. {@link #SINGLE} reads float32 panels (a bulk copy from a
 * float32 feature store), centres and scales them in float, multiplies each panel with ssyrk into a
 * float32 panel product and adds that product into the float64 K, so rounding error grows with the
 * panel width, not with the number of panels: about 1e-5 relative to the largest entry of K, at
 * about twice the speed for wide layers (sgemm does twice the FLOP/s of dgemm and moves half the
 * bytes).
 *
 * <p>A {@link CentredGram} reports the precision it was computed in
 * ({@link CentredGram#arithmetic()}), a {@code GramBackend} the one it computes in; a metric uses
 * a supplied Gram matrix only in the precision it asked for
 * ({@link Matrix#suppliedGram(GramPrecision)}).
 */
public enum GramPrecision implements OptionChoice {
  /** Word {@code double}, as in options, listings and summaries. */
  DOUBLE,
  /** Word {@code single}. */
  SINGLE;

  /**
   * The precision a study file names; unlike an option's word, the case does not matter.
   *

   * @param id {@code "double"} or {@code "single"} (case-insensitive)
   * @throws IllegalArgumentException for any other text
   */
  public static GramPrecision of(String id) {
    for (GramPrecision p : values()) {
      if (p.id().equals(id.toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("Gram precision must be 'double' or 'single', found '" + id
        + "'");
  }
}
