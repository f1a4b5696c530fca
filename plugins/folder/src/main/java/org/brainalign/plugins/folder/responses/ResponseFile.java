package org.brainalign.plugins.folder.responses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.support.npy.NpyMatrix;

/**
 * A subject's response matrix {@code (rows × voxels)}, opened as {@code compare} opens matrices:
 * {@code .npy} (memory-mapped, any numeric dtype), {@code .csv} (on the heap) or
 * {@code FILE.h5:/dataset} (read in row blocks).
 *
 * @param spec the text in dataset.yaml
 * @param file the file
 * @param matrix the values
 */
public record ResponseFile(String spec, Path file, Matrix matrix) implements AutoCloseable {
  private static final Pattern HDF5 = Pattern.compile("(.+\\.(?:h5|hdf5|hdf)):(/.*)",
      Pattern.CASE_INSENSITIVE);

  /**
   * @param root the dataset folder, against which a relative path resolves
   * @throws InvalidInputException for a missing file or an unknown extension
   * @throws org.brainalign.api.DataFormatException for a file that cannot be read
   */
  public static ResponseFile open(String spec, Path root) {
    Matcher h = HDF5.matcher(spec);
    Path file = path(spec, root);
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of(file.toString(), "the response matrix named by responses: "
          + spec, Files.isDirectory(file) ? "a folder" : "no such file",
          "Check the path in dataset.yaml (relative paths start at its folder).");
    }
    if (h.matches()) {
      return new ResponseFile(spec, file, Hdf5Responses.open(file, h.group(2)));
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".npy")) {
      return new ResponseFile(spec, file, NpyMatrix.open(file));
    }
    if (name.endsWith(".csv")) {
      return new ResponseFile(spec, file, CsvResponses.read(file));
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

  @Override
  public void close() {
    if (matrix instanceof Hdf5Responses h) {
      h.close();
    }
  }
}
