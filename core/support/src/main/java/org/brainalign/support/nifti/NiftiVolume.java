package org.brainalign.support.nifti;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The voxels of a NIfTI-1 image, scaled, in file order (x fastest): voxel {@code (i, j, k, ...)} is at
 * {@code i + X·(j + Y·(k + Z·...))}.
 *
 * @param file where it was read from
 * @param dims the grid, {@code dim[1..dim[0]]} of the header, e.g. {@code (X, Y, Z)}
 * @param data the voxel values after {@code scl_slope} / {@code scl_inter}, length = product of dims
 * @param dataType the stored datatype
 * @param byteOrder the file's byte order
 */
public record NiftiVolume(
    Path file, int[] dims, double[] data, NiftiDataType dataType, ByteOrder byteOrder) {

  public NiftiVolume {
    dims = dims.clone();
  }

  @Override
  public int[] dims() {
    return dims.clone();
  }

  /**
   * The spatial grid {@code (X, Y, Z)}: a volume with fewer dimensions is padded with 1, one with more
   * must have extent 1 beyond the third.
   *
   * @return {@code null} when a dimension beyond the third is larger than 1
   */
  public int[] grid3() {
    int[] g = {1, 1, 1};
    for (int d = 0; d < dims.length; d++) {
      if (d < 3) {
        g[d] = dims[d];
      } else if (dims[d] != 1) {
        return null;
      }
    }
    return g;
  }

  @Override
  public String toString() {
    return "NiftiVolume[" + file + ", dims=" + Arrays.toString(dims) + ", " + dataType + "]";
  }
}
