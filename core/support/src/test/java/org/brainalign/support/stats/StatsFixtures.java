package org.brainalign.support.stats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads the one-row CSV files written by src/test/python/generate_stats.py (numpy writes NaN as nan). */
final class StatsFixtures {
  private StatsFixtures() {}

  static double[] vector(String name) {
    try (InputStream in = StatsFixtures.class.getResourceAsStream("/stats/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture /stats/" + name);
      }
      String line = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return Arrays.stream(line.split(",")).mapToDouble(s -> s.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(s)).toArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
