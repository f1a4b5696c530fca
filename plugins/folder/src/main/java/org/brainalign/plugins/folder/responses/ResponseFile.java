package org.brainalign.plugins.folder.responses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.formats.csv.CsvHeader;
import org.brainalign.formats.csv.NumericCsv;
import org.brainalign.formats.npy.NpyHeader;
import org.brainalign.formats.npy.NpyMatrix;

/**
 * A subject's response matrix {@code (rows × voxels)}, opened as {@code compare} opens matrices:
 * {@code .npy} (memory-mapped, any numeric dtype), {@code .csv} (on the heap, read by core/support's
 * {@link NumericCsv} with the header rule of {@link CsvHeader}) or {@code FILE.h5:/dataset} (read
 * in row blocks). The array must be 2-D: nothing is flattened.
 *
 * @param spec the text in dataset.yaml
 * @param file the file
 * @param matrix the values
 * @param csv the CSV file as read, with the line of every row, or null for .npy and HDF5
 */
public record ResponseFile(String spec, Path file, Matrix matrix, NumericCsv csv)
    implements AutoCloseable {
  private static final Pattern HDF5 = Pattern.compile("(.+\\.(?:h5|hdf5|hdf)):(/.*)",
      Pattern.CASE_INSENSITIVE);

  /**
   * @param root the dataset folder, against which a relative path resolves
   * @param header whether a CSV file's first line names the columns
   * @param howToSay how to state the header in dataset.yaml, for the ambiguous case
   * @throws InvalidInputException for a missing file or an unknown extension
   * @throws DataFormatException for a file that cannot be read, an array that is not 2-D, or a
   *     CSV header naming a column twice
   */
  public static ResponseFile open(String spec, Path root, CsvHeader header, String howToSay) {
    Matcher h = HDF5.matcher(spec);
    Path file = path(spec, root);
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of(file.toString(), "the response matrix named by responses: "
          + spec, Files.isDirectory(file) ? "a folder" : "no such file",
          "Check the path in dataset.yaml (relative paths start at its folder).");
    }
    if (h.matches()) {
      return new ResponseFile(spec, file, Hdf5Responses.open(file, h.group(2)), null);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".npy")) {
      NpyMatrix m = NpyMatrix.open(file);
      long[] shape = m.header().shape();
      if (shape.length != 2) {
        throw new DataFormatException(file, "expected a 2-D array (response rows × voxels), found "
            + shape.length + "-D shape " + NpyHeader.shapeText(shape) + ". Reshape it before "
            + "saving, e.g. numpy.save(path, a.reshape(len(a), -1)) for one row per trial");
      }
      return new ResponseFile(spec, file, m, null);
    }
    if (name.endsWith(".csv")) {
      NumericCsv csv = NumericCsv.read(file, header, howToSay);
      requireUniqueColumns(csv);
      return new ResponseFile(spec, file, new DenseMatrix(csv.rows(), csv.columns(), csv.values()),
          csv);
    }
    throw InvalidInputException.of(file.toString(), "a response matrix as .npy, .csv or "
        + "FILE.h5:/dataset", name.matches(".*\\.(h5|hdf5|hdf)") ? "an HDF5 file without a "
            + "dataset path" : "an unknown extension",
        "Save it with numpy.save, or write FILE.h5:/dataset.");
  }

  /** The file a {@code responses:} text names, resolved against the dataset folder (not opened). */
  public static Path path(String spec, Path root) {
    Matcher h = HDF5.matcher(spec);
    return root.resolve(h.matches() ? h.group(1) : spec).normalize();
  }

  private static void requireUniqueColumns(NumericCsv csv) {
    if (csv.header() == null) {
      return;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int c = 0; c < csv.header().size(); c++) {
      Integer first = seen.putIfAbsent(csv.header().get(c), c);
      if (first != null) {
        throw new DataFormatException(csv.file(), "header: column id '" + csv.header().get(c) + "' names columns " + (first + 1) + " and "
            + (c + 1) + "; each response column (voxel) needs its own id");
      }
    }
  }

  /**
   * Where value {@code (row, column)} of the matrix is in the file, as the user finds it there:
   * "line L, column C" (1-based) for CSV, "row r, column c (0-based indices of the array)" for
   * .npy and HDF5.
   */
  public String where(int row, int column) {
    if (csv != null) {
      return csv.where(row, column) + " (1-based, as an editor shows the file)";
    }
    return "row " + row + ", column " + column + " (0-based indices of the "
        + (matrix instanceof Hdf5Responses ? "dataset" : "array") + ")";
  }

  @Override
  public void close() {
    if (matrix instanceof Hdf5Responses h) {
      h.close();
    }
  }
}
