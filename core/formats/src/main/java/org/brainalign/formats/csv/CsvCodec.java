package org.brainalign.formats.csv;

import java.io.IOException;
import java.io.Reader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.brainalign.formats.csv.CsvNumbers;

/**
 * The one CSV dialect of brainalign's tables, read and written with Apache Commons CSV: RFC 4180
 * (comma-separated, a field holding a comma, a double quote or a line break is double-quoted with
 * quotes written {@code ""}), {@code \n} after every record, blank lines skipped when reading.
 *
 * <p>Numbers: a double is written as the shortest text Java reads back to the same value
 * ({@code 0.25}, {@code 1.0E-300}, whole numbers as {@code 3.0}, {@code -0.0} with its sign); NaN as {@code NaN}, ±Inf as
 * {@code inf} and {@code -inf}. {@code pandas.read_csv} and {@code numpy.genfromtxt(delimiter=",")}
 * read these back as the same floats (checked by {@code CsvCodecGoldenTest} on a file this codec
 * wrote). Read back, an empty field, {@code nan} or {@code NaN} (any case) is NaN and {@code inf},
 * {@code +inf}, {@code infinity} (any case, with a sign) is ±Inf, so files pandas writes
 * ({@code to_csv}: NaN as an empty field, {@code inf}) read as the same floats too.
 */
public final class CsvCodec {
  /** How tables are written. */
  public static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
      .build();

  private CsvCodec() {}

  /** A parser of {@code in} with fields separated by {@code delimiter}, blank lines skipped. */
  public static CSVParser parser(Reader in, char delimiter) throws IOException {
    return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).build()
        .parse(in);
  }

  /** The CSV text of one value, before quoting: numbers in the documented spelling. */
  public static String format(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      if (d.isNaN()) {
        return "NaN";
      }
      if (d.isInfinite()) {
        return d > 0 ? "inf" : "-inf";
      }
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        // -0.0 keeps its sign, as pandas and numpy write and read it.
        return (d == 0 && 1 / d < 0 ? "-" : "") + Long.toString(d.longValue()) + ".0";
      }
      return Double.toString(d);
    }
    if (v instanceof Float f) {
      return format(f.doubleValue());
    }
    return v.toString();
  }

  /**
   * A number in the spelling above, surrounding spaces ignored ({@link CsvNumbers#parse}, shared
   * with every CSV reader).
   *
   * @throws NumberFormatException for anything else (Java's own {@code 1d}, {@code 0x1p3} too)
   */
  public static double parse(String text) {
    return CsvNumbers.parse(text);
  }

  /** Whether {@link #parse} reads {@code text} as a number. */
  public static boolean isNumber(String text) {
    return CsvNumbers.isNumber(text);
  }
}
