package org.brainalign.plugins.simulated.scene;

import java.util.Locale;

/**
 * The family of the background texture, a global attribute that differs in its orientation spectrum:
 * one orientation ({@link #STRIPES}), two orthogonal ones ({@link #PLAID}), or six random ones
 * ({@link #NOISE}).
 */
public enum Texture {
  STRIPES,
  PLAID,
  NOISE;

  /** Number of gratings summed in the NOISE family. */
  public static final int NOISE_COMPONENTS = 6;

  /** Lower-case name used in tables. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
