package org.brainalign.plugins.cka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.run.RunContext;
import org.brainalign.geometry.testing.RandomMatrices;
import org.junit.jupiter.api.Test;

/** CKA's invariances (Kornblith et al. 2019, §3) and clear errors. Seeded. */
class CkaInvariantsTest {
  private static final long SEED = 1907L;

  private static LabelledMatrix matrix(String name, int n, int p, double[] v) {
    return LabelledMatrix.unlabelled(name, new DenseMatrix(n, p, v));
  }

  private static double cka(LabelledMatrix x, LabelledMatrix y, CkaRoute route, RunContext ctx) {
    return new CkaMetric(route).compare(AlignmentInput.of(x, y), ctx).score();
  }

  @Test
  void invariantToRotationIsotropicScalingAndShift() {
    int n = 20;
    LabelledMatrix x = matrix("x", n, 3, RandomMatrices.gaussian(n * 3, SEED));
    LabelledMatrix y = matrix("y", n, 4, RandomMatrices.gaussian(n * 4, SEED + 1));
    // Rotate x's three columns by a fixed orthogonal matrix, scale by 3.5, shift by 10.
    double c = Math.cos(0.7);
    double s = Math.sin(0.7);
    double[][] rot = {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
    double[] moved = new double[n * 3];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) {
        double v = 0;
        for (int k = 0; k < 3; k++) {
          v += x.data().get(i, k) * rot[k][j];
        }
        moved[i * 3 + j] = 3.5 * v + 10.0;
      }
    }
    LabelledMatrix x2 = matrix("x2", n, 3, moved);
    for (CkaRoute route : CkaRoute.values()) {
      RunContext ctx = RunContext.quiet(1);
      assertThat(cka(x2, y, route, ctx)).as("%s seed %d", route, SEED)
          .isCloseTo(cka(x, y, route, ctx), within(1e-12));
      assertThat(cka(x, x2, route, ctx)).as("%s seed %d", route, SEED).isCloseTo(1.0, within(1e-12));
    }
  }

  @Test
  void streamedGramEqualsOneBlock() {
    LabelledMatrix x = matrix("x", 9, 70, RandomMatrices.gaussian(9 * 70, SEED));
    LabelledMatrix y = matrix("y", 9, 30, RandomMatrices.gaussian(9 * 30, SEED + 2));
    RunContext tiny = RunContext.quiet(1, 8L * 70 * 4 * 2);
    assertThat(cka(x, y, CkaRoute.GRAM, tiny)).as("seed %d", SEED)
        .isCloseTo(cka(x, y, CkaRoute.FEATURES, RunContext.quiet(1)), within(1e-12));
  }

  @Test
  void constantRepresentationIsAClearError() {
    LabelledMatrix x = matrix("x", 6, 2, RandomMatrices.gaussian(12, SEED));
    double[] tenths = new double[6 * 3];
    java.util.Arrays.fill(tenths, 0.1); // the mean of six 0.1s is not exactly 0.1 in doubles
    for (LabelledMatrix flat : new LabelledMatrix[] {
        LabelledMatrix.unlabelled("flat", DenseMatrix.zeros(6, 3)), matrix("flat", 6, 3, tenths)}) {
      for (CkaRoute route : CkaRoute.values()) {
        assertThatThrownBy(() -> cka(x, flat, route, RunContext.quiet(1)))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("flat")
            .hasMessageContaining("CKA undefined");
      }
    }
  }

  @Test
  void nonFiniteValuesAreRejected() {
    double[] v = RandomMatrices.gaussian(12, SEED);
    v[7] = Double.NaN;
    assertThatThrownBy(() -> cka(matrix("x", 6, 2, v), matrix("y", 6, 2, RandomMatrices.gaussian(12, SEED)), null,
        RunContext.quiet(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("row 3");
  }
}
