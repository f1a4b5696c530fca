package org.brainalign.plugins.nsd.roi;

import java.util.Arrays;
import org.brainalign.api.InvalidInputException;
import org.brainalign.support.nifti.NiftiVolume;

/**
 * The voxels of an ROI on the functional grid, in ascending flat NIfTI index
 * {@code f = i + X·(j + Y·k)} (x fastest). The same {@code f} is the offset of voxel
 * {@code (i, j, k)} within one trial of the betas, whose HDF5 shape is {@code (trials, Z, Y, X)}.
 *
 * @param grid the grid {@code (X, Y, Z)}
 * @param flatIndices ascending flat indices of the ROI's voxels
 */
public record RoiMask(int[] grid, int[] flatIndices) {

  public RoiMask {
    grid = grid.clone();
    flatIndices = flatIndices.clone();
  }

  /**
   * Selects the voxels whose rounded value is one of the selection's labels.
   *
   * @param betasGrid the betas' grid {@code (X, Y, Z)}, which the ROI volume must match
   * @throws InvalidInputException when the grids differ or no voxel carries the labels
   */
  public static RoiMask select(NiftiVolume volume, RoiSelection roi, int[] betasGrid) {
    int[] grid = volume.grid3();
    if (grid == null || !Arrays.equals(grid, betasGrid)) {
      throw InvalidInputException.of(volume.file().toString(),
          "an ROI volume on the betas' grid (X, Y, Z) = " + Arrays.toString(betasGrid)
              + " (the betas' HDF5 shape reversed)",
          "dims " + Arrays.toString(volume.dims()),
          "Use the func1pt8mm ROI files with func1pt8mm betas (func1mm ROIs are on a finer grid).");
    }
    double[] data = volume.data();
    int[] picked = new int[data.length];
    int n = 0;
    for (int f = 0; f < data.length; f++) {
      long label = Math.round(data[f]);
      if (label > 0 && roi.labels().contains((int) label)) {
        picked[n++] = f;
      }
    }
    if (n == 0) {
      throw InvalidInputException.of("ROI '" + roi.name() + "' in " + volume.file(),
          "at least one voxel with label " + roi.labels(), "none",
          "Pick another label or check that the file is this ROI family's.");
    }
    return new RoiMask(grid, Arrays.copyOf(picked, n));
  }

  public int size() {
    return flatIndices.length;
  }

  @Override
  public int[] flatIndices() {
    return flatIndices.clone();
  }

  @Override
  public int[] grid() {
    return grid.clone();
  }

  /** {@code (i, j, k)} of voxel {@code column}. */
  public int[] ijk(int column) {
    int f = flatIndices[column];
    int x = grid[0];
    int y = grid[1];
    return new int[] {f % x, (f / x) % y, f / (x * y)};
  }
}
