package org.brainalign.plugins.simulated;

import java.util.List;
import java.util.Locale;

/** The two simulated regions. */
enum Roi {
  /** Small receptive fields reading local oriented energy. */
  EARLY,
  /** Position-invariant nonlinear tuning to global attributes. */
  LATE;

  static final List<String> NAMES = List.of("early", "late");

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The ROI named {@code name}, or {@code null}. */
  static Roi byName(String name) {
    int i = NAMES.indexOf(name);
    return i < 0 ? null : values()[i];
  }
}
