package org.brainalign.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.brainalign.api.DataFormatException;

/**
 * A tidy CSV file: one header line, then rows of the same width. Fields follow RFC 4180
 * (double-quoted fields may hold commas, quotes written {@code ""} and line breaks). Values are
 * text; {@link Row} parses numbers and names the line and column of a bad one. Large files are
 * {@link #stream streamed} row by row, never held whole.
 */
final class TidyCsv {
  private final Path file;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<String> header;
  private final List<Row> rows = new ArrayList<>();

  private TidyCsv(Path file, List<String> header) {
    this.file = file;
    this.header = header;
    for (int i = 0; i < header.size(); i++) {
      columns.put(header.get(i).strip(), i);
    }
  }

  /**
   * Reads every row of {@code file} into memory (for small files such as {@code scores.csv}).
   *
   * @throws DataFormatException for unbalanced quotes, a row of the wrong width or a missing column
   */
  static TidyCsv read(Path file, List<String> required) {
    TidyCsv[] csv = new TidyCsv[1];
    stream(file, required, (t, row) -> {
      csv[0] = t;
      if (row != null) {
        t.rows.add(row);
      }
    });
    return csv[0];
  }

  /**
   * Calls {@code each} for every row of {@code file}, in order, holding one row at a time.
   *
   * @throws DataFormatException as {@link #read}
   */
  static void stream(Path file, List<String> required, Consumer<Row> each) {
    stream(file, required, (t, row) -> {
      if (row != null) {
        each.accept(row);
      }
    });
  }

  private interface Sink {
    /** Called once with a null row after the header, then once per row. */
    void accept(TidyCsv csv, Row row);
  }

  private static void stream(Path file, List<String> required, Sink sink) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Records records = new Records(file, in);
      List<String> header = records.next();
      if (header == null) {
        throw new DataFormatException(file, "expected a header line with the columns " + required
            + ", found an empty file. Rerun the study to rewrite it.");
      }
      TidyCsv csv = new TidyCsv(file, List.copyOf(header));
      List<String> missing = required.stream().filter(c -> !csv.columns.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new DataFormatException(file, "expected the columns " + required
            + ", found the header " + header + " without " + missing
            + ". Is this a study folder written by this version of brainalign?");
      }
      sink.accept(csv, null);
      for (List<String> r = records.next(); r != null; r = records.next()) {
        if (r.size() != header.size()) {
          throw new DataFormatException(file, "line " + records.start + ": expected "
              + header.size() + " fields like the header, found " + r.size()
              + ". The file is truncated or not quoted properly; rerun the study to rewrite it.");
        }
        sink.accept(csv, new Row(csv, records.start, r));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  List<String> header() {
    return header;
  }

  List<Row> rows() {
    return rows;
  }

  int column(String name) {
    Integer i = columns.get(name);
    if (i == null) {
      throw new IllegalArgumentException("no column " + name + " in " + file);
    }
    return i;
  }

  /** RFC 4180 records from a reader; blank lines are skipped. */
  private static final class Records {
    private final Path file;
    private final Reader in;
    private final StringBuilder field = new StringBuilder();
    private int line = 1;
    /** Line on which the last record returned by {@link #next} began. */
    int start;
    private int pushedBack = -2;

    Records(Path file, Reader in) {
      this.file = file;
      this.in = in;
    }

    private int read() throws IOException {
      if (pushedBack != -2) {
        int c = pushedBack;
        pushedBack = -2;
        return c;
      }
      return in.read();
    }

    List<String> next() throws IOException {
      List<String> fields = new ArrayList<>();
      field.setLength(0);
      boolean any = false;
      boolean quoted = false;
      start = line;
      while (true) {
        int c = read();
        if (c < 0) {
          if (quoted) {
            throw new DataFormatException(file, "line " + start + ": expected a closing double "
                + "quote, found the end of the file. The file is truncated; rerun the study to "
                + "rewrite it.");
          }
          if (!any) {
            return null;
          }
          fields.add(field.toString());
          return fields;
        }
        if (quoted) {
          if (c == '"') {
            int d = read();
            if (d == '"') {
              field.append('"');
            } else {
              quoted = false;
              pushedBack = d;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append((char) c);
          }
        } else if (c == '"') {
          quoted = true;
          any = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          any = true;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r') {
            int d = read();
            if (d != '\n') {
              pushedBack = d;
            }
          }
          line++;
          if (any) {
            fields.add(field.toString());
            return fields;
          }
          start = line;
        } else {
          field.append((char) c);
          any = true;
        }
      }
    }
  }

  /** One data row; accessors parse on demand and report the line and column of a bad value. */
  static final class Row {
    private final TidyCsv csv;
    private final int line;
    private final List<String> fields;

    private Row(TidyCsv csv, int line, List<String> fields) {
      this.csv = csv;
      this.line = line;
      this.fields = fields;
    }

    /** Every field as written, in header order. */
    List<String> fields() {
      return fields;
    }

    String text(String column) {
      return fields.get(csv.column(column)).strip();
    }

    /** A number; an empty field or {@code nan} (any case) is {@link Double#NaN}. */
    double number(String column) {
      String v = text(column);
      if (v.isEmpty() || v.equalsIgnoreCase("nan")) {
        return Double.NaN;
      }
      try {
        return Double.parseDouble(v.equalsIgnoreCase("inf") ? "Infinity"
            : v.equalsIgnoreCase("-inf") ? "-Infinity" : v);
      } catch (NumberFormatException e) {
        throw bad(column, "a number (or an empty field)", v);
      }
    }

    /** A whole number, or {@code missing} for an empty field. */
    int integer(String column, int missing) {
      String v = text(column);
      if (v.isEmpty()) {
        return missing;
      }
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw bad(column, "a whole number (or an empty field)", v);
      }
    }

    /** {@code true}/{@code false} (any case, or 1/0); empty is {@code null}. */
    Boolean bool(String column) {
      String v = text(column).toLowerCase(java.util.Locale.ROOT);
      return switch (v) {
        case "" -> null;
        case "true", "1" -> Boolean.TRUE;
        case "false", "0" -> Boolean.FALSE;
        default -> throw bad(column, "true or false (or an empty field)", v);
      };
    }

    private DataFormatException bad(String column, String expected, String found) {
      return new DataFormatException(csv.file, "line " + line + ", column " + column + ": expected "
          + expected + ", found \"" + found + "\". Rerun the study to rewrite the file.");
    }
  }
}
