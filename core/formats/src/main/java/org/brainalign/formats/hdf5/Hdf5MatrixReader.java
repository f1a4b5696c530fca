package org.brainalign.formats.hdf5;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.DenseMatrix;

/** Reads a numeric 1-D or 2-D HDF5 dataset ({@code file.h5:/path/to/dataset}) into a matrix. */
public final class Hdf5MatrixReader {
  private Hdf5MatrixReader() {}

  /**
   * Refuses sizes that cannot be real before jHDF allocates them: stored bytes (chunks or contiguous
   * data) beyond the end of the file, or a dataset whose copies in memory (jHDF's bytes, its typed
   * array, our doubles) exceed the heap. A forged chunk size or dimension otherwise ends in an
   * OutOfMemoryError.
   */
  private static void checkSizes(Path file, String datasetPath, Dataset ds, long elements)
      throws IOException {
    long stored = ds.getStorageInBytes();
    long fileSize = Files.size(file);
    if (stored > fileSize) {
      throw new DataFormatException(file, "dataset '" + datasetPath + "' announces " + stored
          + " bytes of stored data, but the file has " + fileSize + " bytes: it is truncated or "
          + "corrupt. Copy or write it again.");
    }
    long heap = Runtime.getRuntime().maxMemory();
    long need = 2 * ds.getSizeInBytes() + 8 * elements;
    if (elements > Integer.MAX_VALUE - 8 || need > heap) {
      throw new DataFormatException(file, "dataset '" + datasetPath + "' of " + elements
          + " elements needs about " + need + " bytes of memory to read, more than the " + heap
          + "-byte heap. Save it as .npy (read by memory mapping, in row blocks) or raise -Xmx.");
    }
  }

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
      if (ds.getDataType() instanceof io.jhdf.object.datatype.CompoundDataType c) {
        List<String> fields = c.getMembers().stream().map(m -> m.getName()).toList();
        boolean complex = fields.equals(List.of("r", "i"));
        throw new DataFormatException(file, "dataset '" + datasetPath + "' holds "
            + (complex ? "complex numbers (h5py's compound type with fields r and i)"
                : "a compound (record) type with fields " + fields)
            + "; expected real numbers (stimuli × features). Write "
            + (complex ? "np.real(a) or np.abs(a)" : "one field, f.create_dataset(name, data=a['"
                + (fields.isEmpty() ? "field" : fields.get(0)) + "'])") + " instead");
      }
      int[] dims = ds.getDimensions();
      if (dims.length < 1 || dims.length > 2) {
        throw new DataFormatException(file, "dataset '" + datasetPath + "' has " + dims.length
            + " dimensions; expected 1 or 2 (stimuli × features)");
      }
      int rows = dims[0];
      int cols = dims.length == 2 ? dims[1] : 1;
      checkSizes(file, datasetPath, ds, (long) rows * cols);
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
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException e) {
      throw new DataFormatException(file, "cannot be read: " + e, e);
    } catch (RuntimeException e) {
      // jHDF reports many corruptions with plain JDK exceptions (IllegalArgumentException,
      // BufferUnderflowException, ArithmeticException, ...), not HdfException.
      throw new DataFormatException(file, "cannot read as HDF5: the file is corrupt or truncated ("
          + e + "). Copy or write it again.", e);
    }
  }
}
