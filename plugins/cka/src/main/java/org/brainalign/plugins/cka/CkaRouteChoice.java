package org.brainalign.plugins.cka;

import org.brainalign.api.extension.OptionChoice;

/** The {@code route} option of {@code cka}: a fixed {@link CkaRoute}, or {@code auto} per input. */
enum CkaRouteChoice implements OptionChoice {
  /** The cheaper route for each input ({@link CkaRoute#choose}). */
  AUTO(null),
  /** {@link CkaRoute#FEATURES}. */
  FEATURES(CkaRoute.FEATURES),
  /** {@link CkaRoute#GRAM}. */
  GRAM(CkaRoute.GRAM);

  private final CkaRoute fixed;

  CkaRouteChoice(CkaRoute fixed) {
    this.fixed = fixed;
  }

  /** The route to use, or {@code null} to choose per input. */
  CkaRoute fixed() {
    return fixed;
  }
}
