package org.brainalign.plugins.crossdecomposition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link SingleSvd} (float32 M, its SVD through the double eigendecomposition of the short side's
 * Gram matrix) against the double route {@link Decompositions#projectedSvd}: the same singular
 * values and projected columns up to a joint sign, to float32 rounding, for tall, wide,
 * near-square and one-column M.
 */
class SingleSvdTest {

  private static ColumnMajor gaussian(Random rng, int rows, int cols) {
    ColumnMajor m = ColumnMajor.zeros(rows, cols);
    for (int i = 0; i < m.a().length; i++) {
      m.a()[i] = rng.nextGaussian();
    }
    return m;
  }

  @ParameterizedTest(name = "d_x={0} d_y={1}")
  @CsvSource({"90, 40", "40, 90", "50, 45", "45, 50", "60, 1", "1, 60"})
  void equalsTheDoubleRouteToFloatRounding(int dx, int dy) {
    Random rng = new Random(dx * 131L + dy);
    int train = 120;
    int test = 9;
    Factor fx = new Factor(gaussian(rng, train, dx), gaussian(rng, test, dx), 0);
    Factor fy = new Factor(gaussian(rng, train, dy), gaussian(rng, test, dy), 0);
    Decompositions.ProjectedSvd exact = Decompositions.projectedSvd(
        fx.a().times(true, fy.a(), false), fx.t(), fy.t());
    Decompositions.ProjectedSvd single = SingleSvd.of(fx, fy);
    int k = Math.min(dx, dy);
    assertEquals(k, single.s().length);
    assertEquals(k, single.left().cols());
    assertEquals(k, single.right().cols());
    for (int j = 0; j < k; j++) {
      assertEquals(exact.s()[j], single.s()[j], 1e-6 * exact.s()[0], "singular value " + j);
      double sign = Math.signum(dot(exact.left(), single.left(), j)
          + dot(exact.right(), single.right(), j));
      double scale = Math.max(largest(exact.left(), j), largest(exact.right(), j));
      for (int i = 0; i < test; i++) {
        assertEquals(exact.left().get(i, j), sign * single.left().get(i, j), 1e-4 * scale,
            "left " + i + "," + j);
        assertEquals(exact.right().get(i, j), sign * single.right().get(i, j), 1e-4 * scale,
            "right " + i + "," + j);
      }
    }
  }

  private static double largest(ColumnMajor a, int j) {
    double m = 0;
    for (int i = 0; i < a.rows(); i++) {
      m = Math.max(m, Math.abs(a.get(i, j)));
    }
    return m;
  }

  private static double dot(ColumnMajor a, ColumnMajor b, int j) {
    double s = 0;
    for (int i = 0; i < a.rows(); i++) {
      s += a.get(i, j) * b.get(i, j);
    }
    return s;
  }
}
