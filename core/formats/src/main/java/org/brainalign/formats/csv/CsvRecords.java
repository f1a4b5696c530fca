package org.brainalign.formats.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.brainalign.api.DataFormatException;

/**
 * The records of a CSV file in the {@link CsvCodec} dialect (RFC 4180, Apache Commons CSV), each
 * with the 1-based line it begins on: UTF-8, a byte-order mark ignored, blank lines (empty or only
 * spaces) skipped, a quoted field may hold the delimiter, doubled quotes and line breaks. Every
 * reader of brainalign's input tables (numeric matrices, the {@code folder} dataset's tables) splits
 * its lines here, so they agree on quoting.
 *
 * <p>A file that breaks the quoting rules (text after a closing quote, a quote left open at the end
 * of the file) is a {@link DataFormatException} naming the line.
 */
public final class CsvRecords implements AutoCloseable {
  private final Path file;
  private final Reader in;
  private final LineIndex lines;
  private final Iterator<CSVRecord> records;
  private final char delimiter;
  private int line;

  private CsvRecords(Path file, Reader in, char delimiter) throws IOException {
    this.file = file;
    this.in = in;
    this.lines = new LineIndex(in);
    // Empty lines come back as records (skipped in next()) so that a record's position is its own
    // line, not the blank line before it.
    this.records = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
        .build().parse(lines).iterator();
    this.delimiter = delimiter;
  }

  /**
   * Opens {@code file} with the delimiter its first non-blank line suggests
   * ({@link #delimiter(String)}).
   *
   * @throws DataFormatException when the file is not UTF-8 text
   */
  public static CsvRecords open(Path file) {
    String first = "";
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String l;
      while ((l = r.readLine()) != null && (first = withoutMark(l)).isBlank()) {
        first = "";
      }
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(file, e);
    }
    return open(file, delimiter(first));
  }

  /**
   * Opens {@code file} with fields separated by {@code delimiter}.
   *
   * @throws DataFormatException when the file cannot be read
   */
  public static CsvRecords open(Path file, char delimiter) {
    try {
      BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      r.mark(1);
      if (r.read() != '\uFEFF') {
        r.reset();
      }
      return new CsvRecords(file, r, delimiter);
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(file, e);
    }
  }

  /** Comma, unless {@code line} holds more tabs or semicolons than commas. */
  public static char delimiter(String line) {
    long commas = line.chars().filter(ch -> ch == ',').count();
    long tabs = line.chars().filter(ch -> ch == '\t').count();
    long semis = line.chars().filter(ch -> ch == ';').count();
    return tabs > commas && tabs >= semis ? '\t' : semis > commas ? ';' : ',';
  }

  /** The delimiter the file is read with. */
  public char delimiter() {
    return delimiter;
  }

  /**
   * The next record's fields, not stripped, or null after the last; blank lines are skipped.
   *
   * @throws DataFormatException for text that breaks RFC 4180 quoting, or bytes that are not UTF-8
   */
  public List<String> next() {
    try {
      while (records.hasNext()) {
        CSVRecord r = records.next();
        line = lines.lineOf(r.getCharacterPosition());
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        return r.toList();
      }
      return null;
    } catch (UncheckedIOException | IllegalStateException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (cause instanceof java.nio.charset.CharacterCodingException) {
        throw unreadable(file, e);
      }
      String why = String.valueOf(cause.getMessage());
      throw new DataFormatException(file, "after line " + line + ": " + (why.contains("EOF")
          ? "expected a closing double quote, found the end of the file"
          : "expected RFC 4180 fields, found " + why) + ". A quoted field ends with a quote "
          + "followed by the delimiter or the end of the line; write a quote inside it as \"\"", e);
    }
  }

  /** The 1-based line on which the record last returned by {@link #next} begins. */
  public int line() {
    return line;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String withoutMark(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static DataFormatException unreadable(Path file, Exception e) {
    Throwable cause = e.getCause() != null && e instanceof UncheckedIOException ? e.getCause() : e;
    return new DataFormatException(file, "cannot read as UTF-8 text: " + cause.getMessage(), e);
  }
}
