package org.brainalign.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map literal for the JSON files the commands write, its entries in the order given:
 * {@code Map.of}'s iteration order changes from one JVM to the next, and with it the files.
 */
final class Ordered {
  private Ordered() {}

  /** {@code k1, v1, k2, v2, …} in that order. */
  static Map<String, Object> map(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values in pairs, found " + keysAndValues.length);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
