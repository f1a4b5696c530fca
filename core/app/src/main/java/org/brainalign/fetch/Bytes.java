package org.brainalign.fetch;

import java.util.Locale;

/** Byte counts for people: {@code 1.5 GB} (powers of 1000, as disk makers and S3 consoles count). */
final class Bytes {
  private Bytes() {}

  static String human(long bytes) {
    String[] units = {"B", "kB", "MB", "GB", "TB"};
    double v = bytes;
    int u = 0;
    while (v >= 1000 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    return u == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
