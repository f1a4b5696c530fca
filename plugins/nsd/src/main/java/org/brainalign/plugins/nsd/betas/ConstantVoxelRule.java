package org.brainalign.plugins.nsd.betas;

/**
 * What to do with a voxel whose betas are constant within a session, where the z-score
 * {@code (b − mean) / std} is undefined (std = 0). Only applies with {@code zscore=session}.
 */
public enum ConstantVoxelRule {
  /** The voxel's z-scores in that session are 0 (the session mean); its other sessions are kept. */
  ZERO,
  /** The voxel is removed from the response matrix if it is constant in any loaded session. */
  DROP
}
