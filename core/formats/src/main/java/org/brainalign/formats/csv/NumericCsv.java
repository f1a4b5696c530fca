package org.brainalign.formats.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.brainalign.api.DataFormatException;

/**
 * A numeric matrix read from CSV text on the heap: one record per row, cells separated by commas
 * (a file whose first line holds more tabs or semicolons than commas uses that separator, see
 * {@link CsvRecords#delimiter(String)}), split by {@link CsvRecords} (RFC 4180 quoting, blank lines
 * skipped, a UTF-8 byte-order mark ignored), a header line as {@link CsvHeader} decides, numbers as
 * {@link CsvNumbers} reads them. Every line must have as
 * many cells as the first. Positions are 1-based file lines and columns, as an editor shows them.
 *
 * @param file the file read
 * @param header the header's cells, stripped, or null without one
 * @param rows the number of data lines
 * @param columns cells per line
 * @param values {@code (rows × columns)}, row-major
 * @param lines the 1-based file line of each data row
 */
public record NumericCsv(Path file, List<String> header, int rows, int columns, double[] values,
    int[] lines) {

  /**
   * @param rule whether the first line is a header
   * @param howToSay how the user states the header of this file, for the ambiguous case
   * @throws DataFormatException naming the line and column of the first bad cell, a line of
   *     another width, an ambiguous first line, or a file without data lines
   */
  public static NumericCsv read(Path file, CsvHeader rule, String howToSay) {
    List<String> header = null;
    double[] data = new double[1 << 10];
    int n = 0;
    int width = -1;
    List<Integer> lines = new ArrayList<>();
    try (CsvRecords in = CsvRecords.open(file)) {
      List<String> cells;
      while ((cells = in.next()) != null) {
        int lineNo = in.line();
        if (width < 0) {
          width = cells.size();
          if (rule.isHeader(file, lineNo, cells, howToSay)) {
            header = cells.stream().map(String::strip).toList();
            continue;
          }
        }
        if (cells.size() != width) {
          throw new DataFormatException(file, "line " + lineNo + " has " + cells.size()
              + " cells, expected " + width + " like the " + (lines.isEmpty() && header != null
                  ? "header" : "first row") + ". Every row needs the same number of columns");
        }
        if ((long) n + width > Integer.MAX_VALUE - 8) {
          throw new DataFormatException(file, "more than 2^31 values; save the matrix as .npy "
              + "(numpy.save), which is memory-mapped");
        }
        if (n + width > data.length) {
          data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8L,
              2L * data.length + width));
        }
        for (int c = 0; c < width; c++) {
          try {
            data[n++] = CsvNumbers.parse(cells.get(c));
          } catch (NumberFormatException e) {
            throw new DataFormatException(file, "line " + lineNo + ", column " + (c + 1)
                + ": expected a number, found '" + cells.get(c).strip() + "'");
          }
        }
        lines.add(lineNo);
      }
    }
    if (lines.isEmpty()) {
      throw new DataFormatException(file, "no numeric rows; expected one line per row of the "
          + "matrix" + (header == null ? "" : " after the header"));
    }
    return new NumericCsv(file, header, lines.size(), width, Arrays.copyOf(data, n),
        lines.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Where value {@code (row, column)} is in the file: "line L, column C". */
  public String where(int row, int column) {
    return "line " + lines[row] + ", column " + (column + 1);
  }

  /**
   * The first NaN or ±Inf in file order, as "+Inf at line L, column C", or null when every value
   * is finite.
   */
  public String firstNonFinite() {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        return CsvNumbers.name(values[i]) + " at " + where(i / columns, i % columns);
      }
    }
    return null;
  }
}
