package org.brainalign.plugins.crossdecomposition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.brainalign.api.table.Table;

/** A golden case written by src/test/python/generate_golden.py. */
final class GoldenCase {
  final Path dir;
  final DenseMatrix x;
  final DenseMatrix y;

  GoldenCase(String name) {
    try {
      dir = Path.of(GoldenCase.class.getResource("/golden/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    x = DenseMatrix.of(readCsv(dir.resolve("X.csv"), false));
    y = DenseMatrix.of(readCsv(dir.resolve("Y.csv"), false));
  }

  static double[][] readCsv(Path file, boolean header) {
    try {
      List<String> lines = Files.readAllLines(file);
      List<double[]> rows = new ArrayList<>();
      for (int i = header ? 1 : 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        String[] cells = lines.get(i).split(",");
        double[] row = new double[cells.length];
        for (int c = 0; c < cells.length; c++) {
          row[c] = Double.parseDouble(cells[c]);
        }
        rows.add(row);
      }
      return rows.toArray(new double[0][]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  double[][] expected() {
    return readCsv(dir.resolve("expected.csv"), true);
  }

  List<String> expectedColumns() {
    try {
      return List.of(Files.readAllLines(dir.resolve("expected.csv")).get(0).split(","));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Split split() {
    return new Split(indices("train.txt"), indices("test.txt"));
  }

  private int[] indices(String file) {
    try {
      return Files.readAllLines(dir.resolve(file)).stream().filter(s -> !s.isBlank())
          .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  AlignmentInput input(boolean explicitSplit) {
    return new AlignmentInput(LabelledMatrix.unlabelled("X", x), LabelledMatrix.unlabelled("Y", y),
        explicitSplit ? List.of(split()) : List.of());
  }

  /** The case's input on the explicit split, with {@code x} (the same data, served another way). */
  AlignmentInput inputWithX(Matrix x) {
    return new AlignmentInput(LabelledMatrix.unlabelled("X", x), LabelledMatrix.unlabelled("Y", y),
        List.of(split()));
  }

  static AlignmentResult run(AlignmentInput input, Map<String, String> options, int threads) {
    CrossDecompositionProvider p = new CrossDecompositionProvider();
    return p.create(Options.parse(p.id(), p.options(), options))
        .compare(input, RunContext.quiet(threads));
  }

  static Table spectrum(AlignmentResult r) {
    return r.table("spectrum").orElseThrow();
  }
}
