package org.brainalign.engine.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.matrix.DenseMatrix;

/**
 * Reads a numeric CSV file into a matrix: one row per line, comma-separated (tabs and semicolons are
 * accepted too), an optional header line (detected when its cells are not all numbers), blank lines
 * skipped. Every row must have the same number of cells.
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
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("[,;\t]", -1);
        if (rows.isEmpty() && header == null && !allNumeric(cells)) {
          header = new ArrayList<>();
          for (String c : cells) {
            header.add(unquote(c.strip()));
          }
          width = cells.length;
          continue;
        }
        if (width >= 0 && cells.length != width) {
          throw new DataFormatException(file, "line " + lineNo + " has " + cells.length
              + " cells, expected " + width + " like the " + (header != null && rows.isEmpty()
                  ? "header" : "first row") + ". Every row needs the same number of columns");
        }
        width = cells.length;
        double[] row = new double[cells.length];
        for (int c = 0; c < cells.length; c++) {
          String cell = unquote(cells[c].strip());
          try {
            row[c] = Double.parseDouble(cell);
          } catch (NumberFormatException e) {
            throw new DataFormatException(file, "line " + lineNo + ", column " + (c + 1)
                + ": expected a number, found '" + cell + "'");
          }
        }
        rows.add(row);
      }
    } catch (IOException e) {
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

  private static boolean allNumeric(String[] cells) {
    for (String c : cells) {
      try {
        Double.parseDouble(unquote(c.strip()));
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return true;
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }
}
