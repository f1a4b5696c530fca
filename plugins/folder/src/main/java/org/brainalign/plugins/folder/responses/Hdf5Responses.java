package org.brainalign.plugins.folder.responses;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.AbstractMatrix;

/**
 * A 2-D numeric HDF5 dataset read in row blocks through jHDF's sliced reads, so a matrix larger
 * than the heap is streamed. The file stays open until {@link #close}.
 */
final class Hdf5Responses extends AbstractMatrix implements AutoCloseable {
  private final Path file;
  private final String path;
  private final HdfFile hdf;
  private final Dataset dataset;

  private Hdf5Responses(Path file, String path, HdfFile hdf, Dataset dataset, int[] dims) {
    super(dims[0], dims[1]);
    this.file = file;
    this.path = path;
    this.hdf = hdf;
    this.dataset = dataset;
  }

  /**
   * @throws DataFormatException when the dataset is missing, not 2-D, not numeric or corrupt
   */
  static Hdf5Responses open(Path file, String path) {
    HdfFile hdf = null;
    try {
      hdf = new HdfFile(file);
      Node node = hdf.getByPath(path);
      if (!(node instanceof Dataset ds)) {
        throw new DataFormatException(file, "'" + path + "' is a group, not a dataset");
      }
      int[] dims = ds.getDimensions();
      Class<?> type = ds.getJavaType();
      if (dims.length != 2 || !(type.isPrimitive() && type != boolean.class && type != char.class)) {
        throw new DataFormatException(file, "dataset '" + path + "': expected a 2-D numeric array "
            + "(response rows × voxels), found " + dims.length + "-D shape "
            + java.util.Arrays.toString(dims) + " of " + type.getSimpleName() + ". Nothing is "
            + "flattened: write the dataset as (rows × voxels)");
      }
      if (ds.getStorageInBytes() > Files.size(file)) {
        throw new DataFormatException(file, "dataset '" + path + "' announces more stored bytes "
            + "than the file holds: it is truncated or corrupt. Write it again.");
      }
      return new Hdf5Responses(file, path, hdf, ds, dims);
    } catch (InvalidInputException e) {
      closeQuietly(hdf);
      throw e;
    } catch (Exception e) {
      // jHDF reports a missing path or corruption with HdfException and plain JDK exceptions.
      closeQuietly(hdf);
      throw new DataFormatException(file, "cannot read dataset '" + path + "' (" + e.getMessage()
          + "). Check the path after ':' and that the file is complete.", e);
    }
  }

  private static void closeQuietly(HdfFile hdf) {
    if (hdf != null) {
      try {
        hdf.close();
      } catch (RuntimeException ignored) {
        // the first error is the one to report
      }
    }
  }

  @Override
  public synchronized void readBlock(int rowFrom, int rowTo, int colFrom, int colTo,
      double[] dst) {
    if (rowTo <= rowFrom || colTo <= colFrom) {
      return;
    }
    Object block;
    try {
      block = dataset.getData(new long[] {rowFrom, colFrom},
          new int[] {rowTo - rowFrom, colTo - colFrom});
    } catch (RuntimeException e) {
      throw new DataFormatException(file, "cannot read rows " + rowFrom + "-" + (rowTo - 1)
          + " of '" + path + "' (" + e.getMessage() + "); the file may be truncated", e);
    }
    int width = colTo - colFrom;
    for (int r = 0; r < rowTo - rowFrom; r++) {
      Object row = Array.get(block, r);
      for (int c = 0; c < width; c++) {
        dst[r * width + c] = Array.getDouble(row, c);
      }
    }
  }

  @Override
  public void close() {
    hdf.close();
  }
}
