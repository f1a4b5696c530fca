package org.brainalign.engine.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.matrix.DenseMatrix;

/**
 * Reads a numeric CSV file into a matrix, in the {@link CsvCodec} dialect: one row per record,
 * comma-separated (a file whose first line holds more tabs or semicolons than commas is read with
 * that separator), an optional header line (detected when its cells are not all numbers), blank
 * lines skipped. Every row must have the same number of cells. Numbers follow {@link CsvCodec#parse}:
 * an empty cell or {@code NaN} is NaN, {@code inf}/{@code -inf} are ±Inf.
 */
public final class CsvMatrixReader {
  private CsvMatrixReader() {}

  /** The parsed matrix and its header, if the file had one. */
  public record Result(DenseMatrix matrix, List<String> header) {}

  /**
   * @throws DataFormatException naming the line and column of the first bad cell
   */
  public static Result read(Path file) {
    List<double[]> rows = new ArrayList<>();
    List<String> header = null;
    int width = -1;
    char delimiter = delimiter(file);
    try (BufferedReader raw = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      raw.mark(1);
      if (raw.read() != '\uFEFF') {
        raw.reset();
      }
      LineIndex lines = new LineIndex(raw);
      try (CSVParser csv = CsvCodec.parser(lines, delimiter)) {
        for (CSVRecord rec : csv) {
          int lineNo = lines.lineOf(rec.getCharacterPosition());
          List<String> cells = rec.toList();
          if (rows.isEmpty() && header == null && !cells.stream().allMatch(CsvCodec::isNumber)) {
            header = cells.stream().map(String::strip).toList();
            width = cells.size();
            continue;
          }
          if (width >= 0 && cells.size() != width) {
            throw new DataFormatException(file, "line " + lineNo + " has " + cells.size()
                + " cells, expected " + width + " like the " + (header != null && rows.isEmpty()
                    ? "header" : "first row") + ". Every row needs the same number of columns");
          }
          width = cells.size();
          double[] row = new double[width];
          for (int c = 0; c < width; c++) {
            try {
              row[c] = CsvCodec.parse(cells.get(c));
            } catch (NumberFormatException e) {
              throw new DataFormatException(file, "line " + lineNo + ", column " + (c + 1)
                  + ": expected a number, found '" + cells.get(c).strip() + "'");
            }
          }
          rows.add(row);
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new DataFormatException(file, "cannot read: " + e.getMessage(), e);
    }
    if (rows.isEmpty()) {
      throw new DataFormatException(file, "no numeric rows; expected one row per stimulus");
    }
    double[] data = new double[rows.size() * width];
    for (int r = 0; r < rows.size(); r++) {
      System.arraycopy(rows.get(r), 0, data, r * width, width);
    }
    return new Result(new DenseMatrix(rows.size(), width, data), header);
  }

  /** Comma, unless the first non-blank line holds more tabs or semicolons. */
  private static char delimiter(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          long commas = line.chars().filter(ch -> ch == ',').count();
          long tabs = line.chars().filter(ch -> ch == '\t').count();
          long semis = line.chars().filter(ch -> ch == ';').count();
          return tabs > commas && tabs >= semis ? '\t' : semis > commas ? ';' : ',';
        }
      }
      return ',';
    } catch (IOException e) {
      throw new DataFormatException(file, "cannot read: " + e.getMessage(), e);
    }
  }
}
