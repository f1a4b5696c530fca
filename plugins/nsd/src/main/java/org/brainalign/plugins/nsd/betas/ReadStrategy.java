package org.brainalign.plugins.nsd.betas;

import org.brainalign.api.extension.OptionChoice;

/**
 * How ROI voxels are read from a betas file.
 *
 * <p>NSD's files are chunked one voxel × all trials ({@code [750, 1, 1, 1]}, uncompressed, indexed
 * by a version-1 B-tree), so one voxel's betas are 1,500 contiguous bytes. {@link #CHUNKS} walks only
 * the parts of the chunk index that hold ROI voxels and reads their chunks, merging chunks that lie
 * back to back into one read. {@link #PLANES} asks jhdf for one {@code (trials, 1, Yrange, Xrange)}
 * slab per z-plane that holds ROI voxels: it works for any layout (contiguous, other chunk shapes,
 * compressed), but jhdf indexes every chunk of the file first. The words of the {@code read} option
 * are the constants' {@link OptionChoice#id() ids}.
 */
public enum ReadStrategy implements OptionChoice {
  /** {@link #CHUNKS} when the file is laid out as NSD's are, else {@link #PLANES}. */
  AUTO,
  /** Only the ROI voxels' chunks, found through a pruned walk of the chunk index. */
  CHUNKS,
  /** One sliced read per z-plane, over the ROI's bounding box in that plane, through jhdf. */
  PLANES
}
