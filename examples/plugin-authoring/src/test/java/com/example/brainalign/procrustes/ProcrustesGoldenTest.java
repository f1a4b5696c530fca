package com.example.brainalign.procrustes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.junit.jupiter.api.Test;

/** Step 4, continued: golden values from the reference implementation (scipy), and invariants. */
class ProcrustesGoldenTest {

  private static List<String> lines(String name) throws IOException {
    try (InputStream in = ProcrustesGoldenTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank()).toList();
    }
  }

  private static LabelledMatrix matrix(String name) throws IOException {
    double[][] v = lines(name).stream()
        .map(l -> Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray())
        .toArray(double[][]::new);
    return LabelledMatrix.unlabelled(name, DenseMatrix.of(v));
  }

  private static AlignmentResult run(String distance, AlignmentInput input) {
    ProcrustesProvider p = new ProcrustesProvider();
    return p.create(Options.parse(p.id(), p.options(), Map.of("distance", distance)))
        .compare(input, RunContext.quiet(1));
  }

  @Test
  void matchesScipyOrthogonalProcrustes() throws IOException {
    LabelledMatrix x = matrix("x.csv");
    LabelledMatrix y = matrix("y.csv");
    Split even = new Split(IntStream.range(0, 20).filter(i -> i % 2 == 1).toArray(),
        IntStream.range(0, 20).filter(i -> i % 2 == 0).toArray());
    for (String row : lines("expected.csv").subList(1, 5)) {
      String[] f = row.split(",");
      List<Split> splits = f[1].equals("all") ? List.of() : List.of(even);
      AlignmentResult r = run(f[0], new AlignmentInput(x, y, splits));
      assertThat(r.score()).as(row).isCloseTo(Double.parseDouble(f[2]), within(1e-10));
      assertThat(r.higherIsBetter()).isFalse();
    }
  }

  @Test
  void distanceToARotatedScaledCopyIsZero() throws IOException {
    LabelledMatrix x = matrix("x.csv");
    DenseMatrix d = x.data().toDense();
    double[] swapped = new double[20 * 5];
    for (int i = 0; i < 20; i++) {
      for (int c = 0; c < 5; c++) {
        swapped[i * 5 + c] = -3.0 * d.get(i, (c + 2) % 5) + 1.0; // permute, flip, scale, shift
      }
    }
    LabelledMatrix y = LabelledMatrix.unlabelled("copy", new DenseMatrix(20, 5, swapped));
    assertThat(run("euclidean", AlignmentInput.of(x, y)).score()).isCloseTo(0.0, within(1e-7));
  }

  @Test
  void constantRepresentationIsAClearError() throws IOException {
    LabelledMatrix x = matrix("x.csv");
    LabelledMatrix flat = LabelledMatrix.unlabelled("flat", DenseMatrix.zeros(20, 2));
    assertThatThrownBy(() -> run("angular", AlignmentInput.of(x, flat)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("flat");
  }
}
