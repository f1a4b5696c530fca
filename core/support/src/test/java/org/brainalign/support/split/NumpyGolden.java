package org.brainalign.support.split;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads the CSV golden files written by src/test/python/generate_numpy_random.py. */
final class NumpyGolden {
  private NumpyGolden() {}

  static List<String[]> rows(String name) {
    try (InputStream in = NumpyGolden.class.getResourceAsStream("/numpy-random/" + name)) {
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .filter(s -> !s.isBlank()).map(s -> s.split(",")).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
