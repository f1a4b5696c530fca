package org.brainalign.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.formats.csv.CsvMatrixReader;
import org.brainalign.formats.hdf5.Hdf5MatrixReader;
import org.brainalign.formats.csv.CsvHeader;
import org.brainalign.formats.csv.NumericCsv;
import org.brainalign.formats.npy.NpyMatrix;

/**
 * Opens a matrix named on the command line: {@code file.npy}, {@code file.csv} (also .tsv, .txt) or
 * {@code file.h5:/path/to/dataset} (also .hdf5, .hdf). Rows are stimuli, columns features. A CSV
 * file's header follows {@link CsvHeader}'s rule; {@code file.csv?header=true} or
 * {@code ?header=false} states it (needed when the first line is {@code 0,1,…,p−1}).
 */
public final class MatrixFiles {
  private static final Pattern HDF5 = Pattern.compile("(.+\\.(?:h5|hdf5|hdf|he5)):(/.*)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CSV = Pattern.compile("(.+\\.(?:csv|tsv|txt))\\?(.*)",
      Pattern.CASE_INSENSITIVE);

  private MatrixFiles() {}

  /**
   * A matrix and the file it came from.
   *
   * @param spec the text the user gave
   * @param file the file read
   * @param matrix the values (memory-mapped for .npy)
   * @param csv the CSV file as read, with the line of every row, or null for .npy and HDF5
   */
  public record Opened(String spec, Path file, LabelledMatrix matrix, NumericCsv csv) {

    /**
     * Where the first NaN or ±Inf of a CSV matrix is in the file ("+Inf at line L, column C", 1-based
     * as an editor shows them), or null when there is none or the matrix is not CSV (a .npy or
     * HDF5 matrix's row and column are the array's own 0-based indices already).
     */
    public String firstNonFiniteInFile() {
      return csv == null ? null : csv.firstNonFinite();
    }
  }

  /**
   * @throws InvalidInputException for a missing file or an unsupported extension
   * @throws org.brainalign.api.DataFormatException for a file that cannot be parsed
   */
  public static Opened open(String spec) {
    Matcher h = HDF5.matcher(spec);
    if (h.matches()) {
      Path file = Path.of(h.group(1));
      requireFile(file, spec);
      return opened(spec, file, Hdf5MatrixReader.read(file, h.group(2)));
    }
    Matcher c = CSV.matcher(spec);
    if (c.matches()) {
      Path file = Path.of(c.group(1));
      CsvHeader rule = headerOption(spec, c.group(2));
      requireFile(file, spec);
      return csv(spec, file, rule);
    }
    Path file = Path.of(spec);
    String name = file.getFileName() == null ? spec : file.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    if (name.endsWith(".h5") || name.endsWith(".hdf5") || name.endsWith(".hdf")) {
      throw InvalidInputException.of(spec, "FILE.h5:/path/to/dataset for an HDF5 input",
          "no dataset path", "Append the dataset, e.g. " + spec + ":/features.");
    }
    requireFile(file, spec);
    if (name.endsWith(".npy")) {
      return opened(spec, file, NpyMatrix.open(file));
    }
    if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
      return csv(spec, file, CsvHeader.UNSTATED);
    }
    throw InvalidInputException.of(spec, "a .npy, .csv or FILE.h5:/dataset matrix",
        "an unknown extension", "Save the matrix with numpy.save or as CSV.");
  }

  private static Opened opened(String spec, Path file, Matrix m) {
    return new Opened(spec, file, LabelledMatrix.unlabelled(spec, m), null);
  }

  private static Opened csv(String spec, Path file, CsvHeader rule) {
    CsvMatrixReader.Result r = CsvMatrixReader.read(file, rule, "append ?header=true (it names "
        + "the columns) or ?header=false (it is data) to the path, e.g. " + file
        + "?header=false");
    return new Opened(spec, file, LabelledMatrix.unlabelled(spec, r.matrix()), r.csv());
  }

  /** {@code header=true} or {@code header=false} after the {@code ?} of a CSV path. */
  private static CsvHeader headerOption(String spec, String option) {
    if (!option.startsWith("header=")) {
      throw InvalidInputException.of(spec, "FILE.csv, FILE.csv?header=true or "
          + "FILE.csv?header=false", "'?" + option + "'", "The only option of a CSV matrix is "
          + "header=true|false, saying whether its first line names the columns.");
    }
    return CsvHeader.parse(option.substring("header=".length()), spec);
  }

  private static void requireFile(Path file, String spec) {
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of(spec, "a readable file",
          Files.isDirectory(file) ? "a folder" : "no such file (" + file.toAbsolutePath() + ")",
          "Check the path.");
    }
  }
}
