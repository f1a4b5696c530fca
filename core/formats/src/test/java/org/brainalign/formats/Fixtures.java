package org.brainalign.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the fixtures written by src/test/python/generate_io_fixtures.py. */
public final class Fixtures {
  private Fixtures() {}

  public static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }

  /** A CSV of numbers as a 2-D array. */
  public static double[][] csv(String name) {
    try {
      return Files.readAllLines(path(name)).stream().filter(s -> !s.isBlank())
          .map(s -> java.util.Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray())
          .toArray(double[][]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
