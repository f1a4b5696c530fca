package org.brainalign.support.dataset;

import org.brainalign.api.extension.OptionChoice;
import org.brainalign.api.extension.OptionSpec;

/**
 * What a dataset does with a voxel whose values are constant within a session, where the z-score
 * {@code (x − mean) / std} is undefined (std = 0). Only applies with {@code zscore=session}; the
 * option ({@link #OPTION}) and its manifest text are the same in every dataset that z-scores.
 */
public enum ConstantVoxels implements OptionChoice {
  /** The voxel's z-scores in that session are 0 (the session mean); its other sessions are kept. */
  ZERO,
  /** The voxel is removed from the response matrix if it is constant in any session. */
  DROP;

  /** The {@code constant-voxels} option. */
  public static final OptionSpec<ConstantVoxels> OPTION = OptionSpec.choice("constant-voxels", ZERO,
      "voxels constant within a session (z-score undefined): zero = z-scores 0 in that session; "
          + "drop = remove the voxel");

  /** The rule of a manifest when nothing is z-scored. */
  public static final String NOT_NEEDED = "none needed: zscore=none";

  /**
   * The rule as a manifest states it.
   *
   * @param rows what a response row is, for {@link #ZERO} ({@code "trial"}, {@code "row"})
   * @param sessions which sessions count, for {@link #DROP} ({@code "any loaded session"})
   */
  public String rule(String rows, String sessions) {
    return this == ZERO
        ? "a voxel constant within a session (std 0) gets z-score 0 on every " + rows
            + " of that session"
        : "a voxel constant within " + sessions + " (std 0) is dropped";
  }
}
