package org.brainalign.plugins.crossdecomposition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Decompositions#projectedSvd} (QR pre-step for a tall or wide M) against the plain dgesdd
 * of M and the projections of its singular vectors: the same singular values and the same
 * projected columns up to a joint sign, for tall, wide and near-square shapes.
 */
class ProjectedSvdTest {

  private static ColumnMajor gaussian(Random rng, int rows, int cols) {
    ColumnMajor m = ColumnMajor.zeros(rows, cols);
    for (int i = 0; i < m.a().length; i++) {
      m.a()[i] = rng.nextGaussian();
    }
    return m;
  }

  @ParameterizedTest
  @CsvSource({"90, 40", "40, 90", "50, 45", "60, 1", "1, 60"})
  void equalsTheSvdOfM(int rows, int cols) {
    Random rng = new Random(rows * 31L + cols);
    ColumnMajor m = gaussian(rng, rows, cols);
    ColumnMajor left = gaussian(rng, 7, rows);
    ColumnMajor right = gaussian(rng, 7, cols);
    Decompositions.ProjectedSvd p = Decompositions.projectedSvd(m, left, right);
    Decompositions.Svd svd = Decompositions.svd(m);
    ColumnMajor lu = left.times(false, svd.u(), false);
    ColumnMajor rv = right.times(false, svd.v(), false);
    int k = Math.min(rows, cols);
    assertEquals(k, p.s().length);
    assertEquals(k, p.left().cols());
    assertEquals(k, p.right().cols());
    for (int j = 0; j < k; j++) {
      assertEquals(svd.s()[j], p.s()[j], 1e-12 * svd.s()[0], "singular value " + j);
      // u_j and v_j flip sign together.
      double sign = Math.signum(dot(lu, p.left(), j) + dot(rv, p.right(), j));
      for (int i = 0; i < 7; i++) {
        assertEquals(lu.get(i, j), sign * p.left().get(i, j), 1e-9, "left " + i + "," + j);
        assertEquals(rv.get(i, j), sign * p.right().get(i, j), 1e-9, "right " + i + "," + j);
      }
    }
  }

  private static double dot(ColumnMajor a, ColumnMajor b, int j) {
    double s = 0;
    for (int i = 0; i < a.rows(); i++) {
      s += a.get(i, j) * b.get(i, j);
    }
    return s;
  }
}
