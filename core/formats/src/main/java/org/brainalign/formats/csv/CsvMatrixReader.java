package org.brainalign.formats.csv;

import java.nio.file.Path;
import java.util.List;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.formats.csv.CsvHeader;
import org.brainalign.formats.csv.NumericCsv;

/**
 * Reads a numeric CSV file into a matrix with the shared rules of {@link NumericCsv}: one row per
 * line, comma-separated (or tabs or semicolons, when the first line holds more of them), blank
 * lines skipped; the header as {@link CsvHeader} decides (a first line with a non-numeric cell is a
 * header; {@code 0,1,…,p−1} or {@code 1,…,p} must be stated); numbers in the {@link CsvCodec}
 * spelling: an empty cell or {@code NaN} is NaN, {@code inf}/{@code -inf} are ±Inf.
 */
public final class CsvMatrixReader {
  private CsvMatrixReader() {}

  /**
   * The parsed matrix and its header, if the file had one.
   *
   * @param matrix the values
   * @param header the header's cells, or null
   * @param csv the file as read, with the line of every row
   */
  public record Result(DenseMatrix matrix, List<String> header, NumericCsv csv) {}

  /** As {@link #read(Path, CsvHeader, String)} with the header unstated. */
  public static Result read(Path file) {
    return read(file, CsvHeader.UNSTATED, "append ?header=true (it names the columns) or "
        + "?header=false (it is data) to the path, e.g. " + file + "?header=false");
  }

  /**
   * @param howToSay how the user states the header, for the ambiguous case
   * @throws DataFormatException naming the line and column of the first bad cell
   */
  public static Result read(Path file, CsvHeader rule, String howToSay) {
    NumericCsv csv = NumericCsv.read(file, rule, howToSay);
    return new Result(new DenseMatrix(csv.rows(), csv.columns(), csv.values()), csv.header(), csv);
  }
}
