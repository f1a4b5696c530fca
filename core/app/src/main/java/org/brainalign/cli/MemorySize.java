package org.brainalign.cli;

import java.util.Locale;
import org.brainalign.api.InvalidInputException;

/** Parses sizes like {@code 512m}, {@code 2g}, {@code 1048576}. */
final class MemorySize {
  /** The smallest {@code --memory}: below it no panel of a Gram matrix or feature batch fits. */
  static final long MIN_BUDGET = 16L << 20;

  private MemorySize() {}

  /**
   * {@code --memory}: parsed, at least {@link #MIN_BUDGET} and at most the machine's physical
   * memory.
   *
   * @throws InvalidInputException naming {@code --memory}, with the valid range
   */
  static long budget(String text) {
    long v = parse(text);
    long physical = physicalMemory();
    if (v < MIN_BUDGET || (physical > 0 && v > physical)) {
      throw InvalidInputException.of("--memory " + text, "16m to the machine's memory ("
          + (physical > 0 ? human(physical) : "unknown") + ")", human(v),
          "Give the memory the run may use for large temporaries, e.g. --memory 2g; leave it out "
          + "for half the Java heap (" + human(Runtime.getRuntime().maxMemory() / 2) + ").");
    }
    return v;
  }

  /** Total physical memory, or 0 when the JVM does not say. */
  static long physicalMemory() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getTotalMemorySize();
    }
    return 0;
  }

  static String human(long bytes) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double v = bytes;
    int u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, u == 0 ? "%.0f %s" : "%.1f %s", v, units[u]);
  }

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
      if (v * unit >= 0x1p63) {
        throw new NumberFormatException();
      }
      return (long) (v * unit);
    } catch (NumberFormatException e) {
      throw InvalidInputException.of("--memory " + text, "a positive size such as 512m or 2g",
          "'" + text + "'", "Write a number with an optional k, m, g or t suffix.");
    }
  }
}
