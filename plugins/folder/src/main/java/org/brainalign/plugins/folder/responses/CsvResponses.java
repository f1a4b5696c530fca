package org.brainalign.plugins.folder.responses;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.matrix.FloatDenseMatrix;
import org.brainalign.api.matrix.Matrix;

/**
 * A response matrix in CSV: one line per response row, comma-separated numbers, an optional header
 * line (when its first cell is not a number), blank lines skipped. Held on the heap as floats: CSV
 * suits small matrices; large ones belong in .npy (memory-mapped).
 */
final class CsvResponses {

  private CsvResponses() {}

  /**
   * @throws DataFormatException naming the line and column of a non-numeric or missing cell
   */
  static Matrix read(Path file) {
    float[] data = new float[1 << 12];
    int n = 0;
    int width = -1;
    int rows = 0;
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
        String[] cells = line.split(",", -1);
        if (rows == 0 && width < 0 && !isNumber(cells[0].strip())) {
          width = cells.length; // a header
          continue;
        }
        if (width >= 0 && cells.length != width) {
          throw new DataFormatException(file, "line " + lineNo + ": expected " + width
              + " cells like " + (rows == 0 ? "the header" : "the first row") + ", found "
              + cells.length + ". Every response row needs one value per voxel");
        }
        width = cells.length;
        if ((long) n + width > Integer.MAX_VALUE - 8) {
          throw new DataFormatException(file, "more than 2^31 values; save the matrix as .npy "
              + "(numpy.save), which is memory-mapped");
        }
        while (n + width > data.length) {
          data = java.util.Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8L,
              2L * data.length + width));
        }
        for (int c = 0; c < width; c++) {
          String cell = cells[c].strip();
          if (cell.isEmpty()) {
            throw new DataFormatException(file, "line " + lineNo + ", column " + (c + 1)
                + ": expected a number, found an empty cell (write NaN for a missing value)");
          }
          try {
            data[n++] = Float.parseFloat(cell);
          } catch (NumberFormatException e) {
            throw new DataFormatException(file, "line " + lineNo + ", column " + (c + 1)
                + ": expected a number, found '" + cell + "'");
          }
        }
        rows++;
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new DataFormatException(file, "cannot read as UTF-8 text: " + e.getMessage(), e);
    }
    if (rows == 0) {
      throw new DataFormatException(file, "no numeric rows; expected one line per response row");
    }
    return new FloatDenseMatrix(rows, width, java.util.Arrays.copyOf(data, n));
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
