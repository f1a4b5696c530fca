package org.brainalign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * Asserts that two runs of the same study grid agree rank by rank in {@code spectra.csv}, within
 * tolerances relative to each cell's leading singular value s₁ (the row of rank 1).
 */
final class SpectraAgreement {
  private SpectraAgreement() {}

  /**
   * Float32 arithmetic somewhere (a single-precision or torch Gram matrix): |Δs_k| ≤ 1e-6 · s₁ and,
   * where s_k ≥ 1e-3 · s₁, |Δr_k| ≤ 2e-6 · s₁ / s_k.
   */
  static void assertFloat32(Path expected, Path actual) throws IOException {
    assertAgree(expected, actual, 1e-6, 1e-3, (s1, sk) -> 2e-6 * s1 / sk);
  }

  /**
   * Asserts the agreement and that more than 20 correlations were compared.
   *
   * @param singular |Δs_k| ≤ singular · s₁ on every line
   * @param compareFrom correlations are compared where s_k ≥ compareFrom · s₁
   * @param correlation the tolerance of r_k given (s₁, s_k)
   */
  static void assertAgree(Path expected, Path actual, double singular, double compareFrom,
      DoubleBinaryOperator correlation) throws IOException {
    List<String> a = Files.readAllLines(expected);
    List<String> b = Files.readAllLines(actual);
    assertThat(b).hasSameSizeAs(a);
    List<String> header = List.of(a.get(0).split(","));
    int corr = header.indexOf("correlation");
    int sing = header.indexOf("singular_value");
    int rank = header.indexOf("rank");
    double s1 = 0;
    int compared = 0;
    for (int i = 1; i < a.size(); i++) {
      String[] x = cells(a.get(i));
      String[] y = cells(b.get(i));
      double sx = Double.parseDouble(x[sing]);
      if (x[rank].equals("1")) {
        s1 = sx;
      }
      assertThat(Double.parseDouble(y[sing])).as("line %d singular value", i)
          .isCloseTo(sx, within(singular * s1));
      if (sx >= compareFrom * s1) {
        assertThat(Double.parseDouble(y[corr])).as("line %d correlation", i)
            .isCloseTo(Double.parseDouble(x[corr]), within(correlation.applyAsDouble(s1, sx)));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(20);
  }

  /** CSV cells; reducer specs are quoted and hold commas. */
  private static String[] cells(String line) {
    return line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
  }
}
