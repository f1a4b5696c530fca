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
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.brainalign.api.DataFormatException;
import org.brainalign.formats.csv.CsvCodec;
import org.brainalign.formats.csv.LineIndex;

/**
 * A tidy CSV file: one header line, then rows of the same width, in the {@link CsvCodec} dialect
 * (RFC 4180: double-quoted fields may hold commas, quotes written {@code ""} and line breaks). Values are
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

  /** This file's header with only the rows that {@code keep} accepts. */
  TidyCsv filter(java.util.function.Predicate<Row> keep) {
    TidyCsv out = new TidyCsv(file, header);
    rows.stream().filter(keep).forEach(out.rows::add);
    return out;
  }

  boolean has(String column) {
    return columns.containsKey(column);
  }

  int column(String name) {
    Integer i = columns.get(name);
    if (i == null) {
      throw new IllegalArgumentException("no column " + name + " in " + file);
    }
    return i;
  }

  /** The records of a {@link CsvCodec} file, each with the line it begins on. */
  private static final class Records {
    private final Path file;
    private final LineIndex lines;
    private final Iterator<CSVRecord> it;
    /** Line on which the last record returned by {@link #next} began. */
    int start;

    Records(Path file, Reader in) throws IOException {
      this.file = file;
      this.lines = new LineIndex(in);
      this.it = CsvCodec.parser(lines, ',').iterator();
    }

    List<String> next() {
      try {
        if (!it.hasNext()) {
          return null;
        }
        CSVRecord r = it.next();
        start = lines.lineOf(r.getCharacterPosition());
        return r.toList();
      } catch (UncheckedIOException | IllegalStateException e) {
        String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        throw new DataFormatException(file, "after line " + start + ": " + (why != null
            && why.contains("EOF") ? "expected a closing double quote, found the end of the file"
            : "expected RFC 4180 fields, found " + why)
            + ". The file is truncated or not quoted properly; rerun the study to rewrite it.", e);
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

    /** A number in the {@link CsvCodec} spelling; an empty field is {@link Double#NaN}. */
    double number(String column) {
      String v = text(column);
      try {
        return CsvCodec.parse(v);
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

    /** A {@link DataFormatException} naming this row's line and {@code column}. */
    DataFormatException invalid(String column, String expected, String found) {
      return bad(column, expected, found);
    }

    private DataFormatException bad(String column, String expected, String found) {
      return new DataFormatException(csv.file, "line " + line + ", column " + column + ": expected "
          + expected + ", found \"" + found + "\". Rerun the study to rewrite the file.");
    }
  }
}
