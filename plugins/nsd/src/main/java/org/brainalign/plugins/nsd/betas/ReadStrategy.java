package org.brainalign.plugins.nsd.betas;

/**
 * How ROI voxels are read from a betas file.
 *
 * <p>NSD's files are chunked one voxel × all trials ({@code [750, 1, 1, 1]}, uncompressed), so one
 * voxel's betas are 1,500 contiguous bytes: {@link #CHUNKS} copies those bytes straight from each ROI
 * voxel's chunk. {@link #PLANES} asks jhdf for one {@code (trials, 1, Yrange, Xrange)} slab per
 * z-plane that holds ROI voxels, which works for any layout (contiguous, other chunk shapes,
 * compressed).
 */
public enum ReadStrategy {
  /** {@link #CHUNKS} when the file is chunked exactly one voxel per chunk with no filters, else {@link #PLANES}. */
  AUTO,
  /** One raw chunk per ROI voxel. */
  CHUNKS,
  /** One sliced read per z-plane, over the ROI's bounding box in that plane. */
  PLANES
}
