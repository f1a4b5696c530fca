package org.brainalign.plugins.folder.table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.formats.csv.CsvNumbers;
import org.brainalign.formats.csv.CsvRecords;

/**
 * A CSV file with a header line, read as text cells by the one codec ({@link CsvRecords}):
 * comma-separated, RFC 4180 quotes (a quoted cell may hold commas, doubled quotes and line breaks),
 * blank lines skipped, a UTF-8 byte-order mark ignored. The first line must be a header: one of numbers only is refused
 * (data is never read as a header). Every line must have as many cells as the header. Positions in
 * messages are 1-based file lines and columns.
 */
public final class CsvTable {
  private final Path file;
  private final List<String> header;
  private final List<String[]> rows;
  private final int[] lines;

  private CsvTable(Path file, List<String> header, List<String[]> rows, int[] lines) {
    this.file = file;
    this.header = header;
    this.rows = rows;
    this.lines = lines;
  }

  /**
   * @param what what the table is, for messages ("rows table")
   * @throws InvalidInputException when the file is missing
   * @throws DataFormatException naming the line of the first malformed line
   */
  public static CsvTable read(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of(file.toString(), "the " + what + " (a CSV file)",
          Files.isDirectory(file) ? "a folder" : "no such file",
          "Check the path in dataset.yaml (relative paths start at its folder).");
    }
    List<String> header = null;
    List<String[]> rows = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    try (CsvRecords in = CsvRecords.open(file, ',')) {
      List<String> record;
      while ((record = in.next()) != null) {
        String[] cells = record.toArray(String[]::new);
        if (header == null) {
          header = header(file, cells, in.line(), what);
          continue;
        }
        if (cells.length != header.size()) {
          throw new DataFormatException(file, "line " + in.line() + ": expected " + header.size()
              + " cells like the header (" + String.join(",", header) + "), found "
              + cells.length + ". Every line needs one cell per column");
        }
        rows.add(cells);
        lineNumbers.add(in.line());
      }
    }
    if (header == null) {
      throw new DataFormatException(file, "is empty; expected a header line naming the columns of "
          + "the " + what);
    }
    return new CsvTable(file, header, rows,
        lineNumbers.stream().mapToInt(Integer::intValue).toArray());
  }

  private static List<String> header(Path file, String[] cells, int lineNo, String what) {
    if (Arrays.stream(cells).allMatch(c -> !c.isBlank() && CsvNumbers.isNumber(c))) {
      throw new DataFormatException(file, "line " + lineNo + ": expected a header line naming the "
          + "columns of the " + what + ", found numbers only ('" + String.join(",", cells)
          + "'), which would be data read as a header. Add a header line, or give columns named by "
          + "numbers names that are not all numbers");
    }
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (int c = 0; c < cells.length; c++) {
      String name = cells[c].strip();
      if (name.isEmpty()) {
        throw new DataFormatException(file, "line " + lineNo + ", column " + (c + 1)
            + ": expected a column name in the header, found an empty cell");
      }
      if (!seen.add(name)) {
        throw new DataFormatException(file, "line " + lineNo + ", column " + (c + 1)
            + ": column '" + name + "' appears twice in the header (columns "
            + (out.indexOf(name) + 1) + " and " + (c + 1) + "); rename one");
      }
      out.add(name);
    }
    return List.copyOf(out);
  }

  public Path file() {
    return file;
  }

  public List<String> header() {
    return header;
  }

  /** Data lines (the header and blank lines not counted). */
  public int size() {
    return rows.size();
  }

  /** Index of a column, or -1. */
  public int column(String name) {
    return header.indexOf(name);
  }

  /** The cell, stripped of surrounding spaces. */
  public String cell(int row, int column) {
    return rows.get(row)[column].strip();
  }

  /** The 1-based file line of data row {@code row}. */
  public int line(int row) {
    return lines[row];
  }

  /** An error at one cell: "FILE: line L, column C (NAME): expected ..., found ...". */
  public DataFormatException error(int row, int column, String expected, String found) {
    return new DataFormatException(file, "line " + lines[row] + ", column " + (column + 1) + " ("
        + header.get(column) + "): expected " + expected + ", found " + found);
  }

  /** The cell, which must not be empty. */
  public String required(int row, int column, String expected) {
    String v = cell(row, column);
    if (v.isEmpty()) {
      throw error(row, column, expected, "an empty cell");
    }
    return v;
  }
}
