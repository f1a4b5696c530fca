package org.brainalign.plugins.srp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads the numeric CSV fixtures written by {@code src/test/python/generate_fixtures.py}. */
final class CsvFixture {

  private CsvFixture() {}

  /** Rows of numbers; lines starting with '#' and a non-numeric header are skipped. */
  static double[][] rows(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#") && !Character.isLetter(l.charAt(0)))
          .map(l -> Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray())
          .toArray(double[][]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All values row after row, as float (the inputs are float32 values written exactly). */
  static float[] flatFloats(Path file) {
    double[][] r = rows(file);
    float[] out = new float[Arrays.stream(r).mapToInt(a -> a.length).sum()];
    int i = 0;
    for (double[] row : r) {
      for (double v : row) {
        out[i++] = (float) v;
      }
    }
    return out;
  }
}
