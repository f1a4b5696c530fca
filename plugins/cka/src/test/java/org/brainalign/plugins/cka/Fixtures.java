package org.brainalign.plugins.cka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;

/** Reads the golden CSV files written by {@code src/test/python/generate_fixtures.py}. */
final class Fixtures {
  private Fixtures() {}

  static List<String> lines(String name) {
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

  static double[][] matrix(String name) {
    return lines(name).stream()
        .map(l -> java.util.Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray())
        .toArray(double[][]::new);
  }

  static double[] vector(String name) {
    return matrix(name)[0];
  }

  static LabelledMatrix labelled(String name) {
    DenseMatrix m = DenseMatrix.of(matrix(name));
    return new LabelledMatrix(name, m, Labels.range("stim", m.rows()), Labels.range("c", m.columns()));
  }
}
