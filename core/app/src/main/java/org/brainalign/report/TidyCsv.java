package org.brainalign.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.DataFormatException;

/**
 * A tidy CSV file read whole: one header line, then rows of the same width. Fields follow RFC 4180
 * (double-quoted fields may hold commas, quotes written {@code ""} and line breaks). Values are
 * returned as text; {@link Row} parses numbers and names the line and column of a bad one.
 */
final class TidyCsv {
  private final Path file;
  private final Map<String, Integer> columns = new HashMap<>();
  private List<String> header = List.of();
  private final List<Row> rows = new ArrayList<>();

  private TidyCsv(Path file) {
    this.file = file;
  }

  /**
   * Reads {@code file} and checks that it has every column in {@code required}.
   *
   * @throws DataFormatException for unbalanced quotes, a row of the wrong width or a missing column
   */
  static TidyCsv read(Path file, List<String> required) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    TidyCsv csv = new TidyCsv(file);
    List<Record> records = parse(file, text);
    if (records.isEmpty()) {
      throw new DataFormatException(file, "expected a header line with the columns " + required
          + ", found an empty file. Rerun the study to rewrite it.");
    }
    List<String> header = records.get(0).fields();
    csv.header = header;
    for (int i = 0; i < header.size(); i++) {
      csv.columns.put(header.get(i).strip(), i);
    }
    List<String> missing = required.stream().filter(c -> !csv.columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new DataFormatException(file, "expected the columns " + required + ", found the header "
          + header + " without " + missing
          + ". Is this a study folder written by this version of brainalign?");
    }
    for (Record r : records.subList(1, records.size())) {
      if (r.fields().size() != header.size()) {
        throw new DataFormatException(file, "line " + r.line() + ": expected " + header.size()
            + " fields like the header, found " + r.fields().size()
            + ". The file is truncated or not quoted properly; rerun the study to rewrite it.");
      }
      csv.rows.add(new Row(csv, r.line(), r.fields()));
    }
    return csv;
  }

  Path file() {
    return file;
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

  private record Record(int line, List<String> fields) {}

  private static List<Record> parse(Path file, String text) {
    List<Record> out = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int line = 1;
    int start = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || field.length() > 0) {
          fields.add(field.toString());
          out.add(new Record(start, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
        any = false;
        line++;
        start = line;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new DataFormatException(file, "line " + start + ": expected a closing double quote, "
          + "found the end of the file. The file is truncated; rerun the study to rewrite it.");
    }
    if (any || field.length() > 0) {
      fields.add(field.toString());
      out.add(new Record(start, List.copyOf(fields)));
    }
    return out;
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

    /** A number; an empty field, {@code nan} or {@code NaN} is {@link Double#NaN}. */
    double number(String column) {
      String v = text(column);
      if (v.isEmpty() || v.equalsIgnoreCase("nan")) {
        return Double.NaN;
      }
      try {
        return Double.parseDouble(v.replace("inf", "Infinity").replace("Inf", "Infinity"));
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
