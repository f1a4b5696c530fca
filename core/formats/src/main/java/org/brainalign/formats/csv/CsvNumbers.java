package org.brainalign.formats.csv;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a CSV cell reads as a number, the same in every reader: a decimal number
 * ({@code 3}, {@code -0.25}, {@code .5}, {@code 1e-3}); an empty cell, {@code nan} or {@code NaN}
 * (any case) is NaN; {@code inf}, {@code +inf}, {@code infinity} (any case, with a sign) is ±Inf.
 * Files pandas writes ({@code to_csv}: NaN as an empty cell, {@code inf}) read as the same floats.
 * Java's own spellings ({@code 1d}, {@code 0x1p3}) are not numbers.
 */
public final class CsvNumbers {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

  private CsvNumbers() {}

  /**
   * The number {@code text} spells, surrounding spaces ignored.
   *
   * @throws NumberFormatException for anything else
   */
  public static double parse(String text) {
    String s = text.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
    if (s.isEmpty() || unsigned.equals("nan")) {
      return Double.NaN;
    }
    if (unsigned.equals("inf") || unsigned.equals("infinity")) {
      return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (!DECIMAL.matcher(lower).matches()) {
      throw new NumberFormatException("not a number: '" + text + "'");
    }
    return Double.parseDouble(s);
  }

  /** Whether {@link #parse} reads {@code text} as a number. */
  public static boolean isNumber(String text) {
    try {
      parse(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Whether {@code text} is a whole number written without a point or exponent ({@code 7}). */
  public static boolean isInteger(String text) {
    return INTEGER.matcher(text.strip()).matches();
  }

  /** NaN, +Inf or -Inf, as messages name them. */
  public static String name(double v) {
    return Double.isNaN(v) ? "NaN" : v > 0 ? "+Inf" : "-Inf";
  }
}
