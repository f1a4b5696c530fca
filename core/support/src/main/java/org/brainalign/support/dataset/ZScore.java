package org.brainalign.support.dataset;

import org.brainalign.api.extension.OptionChoice;

/**
 * Whether a dataset z-scores each voxel within each session ({@code zscore=session|none}), the
 * words of the {@code zscore} option of {@code nsd} and {@code folder} (each describes what
 * {@link #NONE} leaves in its own terms).
 */
public enum ZScore implements OptionChoice {
  /** Each voxel's responses in a session become {@code (x − mean) / std} (population std). */
  SESSION,
  /** The values are not z-scored. */
  NONE
}
