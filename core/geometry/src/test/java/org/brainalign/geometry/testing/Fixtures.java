package org.brainalign.geometry.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;

/**
 * Reads golden CSV files (numbers as {@code %.17g}, comma separated, no header) from the test
 * class path under {@code /golden/}, as each module's {@code src/test/python/generate_fixtures.py}
 * writes them.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The non-blank lines of {@code /golden/<name>}. */
  public static List<String> lines(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture /golden/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file as a matrix, one array per line. */
  public static double[][] matrix(String name) {
    return lines(name).stream()
        .map(l -> java.util.Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray())
        .toArray(double[][]::new);
  }

  /** The first line of the file. */
  public static double[] vector(String name) {
    return matrix(name)[0];
  }

  /** The file as a matrix named {@code name}, rows {@code stim0…}, columns {@code c0…}. */
  public static LabelledMatrix labelled(String name) {
    DenseMatrix m = DenseMatrix.of(matrix(name));
    return new LabelledMatrix(name, m, Labels.range("stim", m.rows()), Labels.range("c", m.columns()));
  }
}
