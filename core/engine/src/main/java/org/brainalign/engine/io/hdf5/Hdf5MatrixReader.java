package org.brainalign.engine.io.hdf5;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.DenseMatrix;

/** Reads a numeric 1-D or 2-D HDF5 dataset ({@code file.h5:/path/to/dataset}) into a matrix. */
public final class Hdf5MatrixReader {
  private Hdf5MatrixReader() {}

  /**
   * @param file the HDF5 file
   * @param datasetPath absolute path of the dataset inside the file
   */
  public static DenseMatrix read(Path file, String datasetPath) {
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of(file.toString(), "an HDF5 file", "no such file",
          "Check the path before ':' in FILE.h5:/dataset.");
    }
    try (HdfFile hdf = new HdfFile(file)) {
      Node node;
      try {
        node = hdf.getByPath(datasetPath);
      } catch (HdfException e) {
        throw new DataFormatException(file, "no dataset '" + datasetPath + "'; top-level entries: "
            + String.join(", ", hdf.getChildren().keySet()));
      }
      if (!(node instanceof Dataset ds)) {
        throw new DataFormatException(file, "'" + datasetPath + "' is a group, not a dataset; "
            + "its entries: " + String.join(", ", hdf.getByPath(datasetPath) instanceof
                io.jhdf.api.Group g ? g.getChildren().keySet() : java.util.Set.of()));
      }
      int[] dims = ds.getDimensions();
      if (dims.length < 1 || dims.length > 2) {
        throw new DataFormatException(file, "dataset '" + datasetPath + "' has " + dims.length
            + " dimensions; expected 1 or 2 (stimuli × features)");
      }
      int rows = dims[0];
      int cols = dims.length == 2 ? dims[1] : 1;
      Object flat = ds.getDataFlat();
      int n = Array.getLength(flat);
      if (n != rows * cols) {
        throw new DataFormatException(file, "dataset '" + datasetPath + "' returned " + n
            + " values for shape " + rows + " × " + cols);
      }
      double[] data = new double[n];
      for (int i = 0; i < n; i++) {
        Object v = Array.get(flat, i);
        if (!(v instanceof Number num)) {
          throw new DataFormatException(file, "dataset '" + datasetPath + "' is not numeric ("
              + ds.getJavaType().getSimpleName() + ")");
        }
        data[i] = num.doubleValue();
      }
      return new DenseMatrix(rows, cols, data);
    } catch (HdfException e) {
      throw new DataFormatException(file, "cannot read as HDF5 (truncated or not an HDF5 file?): "
          + e.getMessage(), e);
    }
  }
}
