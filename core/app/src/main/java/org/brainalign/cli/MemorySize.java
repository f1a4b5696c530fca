package org.brainalign.cli;

import java.util.Locale;
import org.brainalign.api.InvalidInputException;

/** Parses sizes like {@code 512m}, {@code 2g}, {@code 1048576}. */
final class MemorySize {
  private MemorySize() {}

  static long parse(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (s.endsWith("k") || s.endsWith("m") || s.endsWith("g") || s.endsWith("t")) {
      unit = switch (s.charAt(s.length() - 1)) {
        case 'k' -> 1L << 10;
        case 'm' -> 1L << 20;
        case 'g' -> 1L << 30;
        default -> 1L << 40;
      };
      s = s.substring(0, s.length() - 1);
    }
    try {
      double v = Double.parseDouble(s);
      if (!(v > 0)) {
        throw new NumberFormatException();
      }
      return (long) (v * unit);
    } catch (NumberFormatException e) {
      throw InvalidInputException.of("--memory " + text, "a positive size such as 512m or 2g",
          "'" + text + "'", "Write a number with an optional k, m, g or t suffix.");
    }
  }
}
