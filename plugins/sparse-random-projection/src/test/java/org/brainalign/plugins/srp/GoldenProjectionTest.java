package org.brainalign.plugins.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The small cases of {@code srp/cases.csv} against numpy and scikit-learn: the regenerated matrix
 * must equal the exported one entry for entry (so the generator gives the same bits on this JVM as
 * on the one that wrote the fixture), and the projection must equal numpy's float64 product of the
 * same matrix and input to float32 accuracy.
 */
class GoldenProjectionTest {
  private static final Path DIR = FixtureCase.DIR;

  static Stream<FixtureCase> cases() {
    return FixtureCase.read(DIR).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matrixIsTheExportedOne(FixtureCase c) {
    SignMatrix m = c.fit().matrix();
    double[][] exported = CsvFixture.rows(DIR.resolve(c.name() + ".matrix.csv"));
    List<int[]> regenerated = new ArrayList<>();
    m.forEachNonZero((i, j, s) -> regenerated.add(new int[] {i, j, s}));
    assertThat(regenerated).hasSize(exported.length);
    for (int e = 0; e < exported.length; e++) {
      assertThat(regenerated.get(e)).as("non-zero %d of %s", e, c.name()).containsExactly(
          (int) exported[e][0], (int) exported[e][1], (int) exported[e][2]);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void projectionMatchesNumpy(FixtureCase c) {
    FittedSparseProjection fitted = c.fit();
    float[] in = CsvFixture.flatFloats(DIR.resolve(c.name() + ".input.csv"));
    double[][] expected = CsvFixture.rows(DIR.resolve(c.name() + ".expected.csv"));
    int outSize = expected[0].length;
    assertThat(expected).hasNumberOfRows(c.count());
    assertThat(fitted.outputShape()).satisfies(s -> assertThat(
        Arrays.stream(s).reduce(1, (a, b) -> a * b)).isEqualTo(outSize));
    float[] out = new float[c.count() * outSize];
    fitted.transform(in, c.count(), out);
    for (int b = 0; b < c.count(); b++) {
      for (int i = 0; i < outSize; i++) {
        double want = expected[b][i];
        assertThat((double) out[b * outSize + i])
            .as("%s stimulus %d output %d", c.name(), b, i)
            .isCloseTo(want, within(1e-5 * (1 + Math.abs(want))));
      }
    }
  }
}
