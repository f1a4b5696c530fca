package org.brainalign.plugins.crossdecomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.split.Split;
import org.brainalign.api.table.Table;
import org.junit.jupiter.api.Test;

/** Algebraic invariants and input checks, on seeded random data (the seed is in each message). */
class InvariantsTest {
  private static final long SEED = 424242L;

  private static ColumnMajor random(Random rng, int rows, int cols) {
    double[] a = new double[rows * cols];
    for (int i = 0; i < a.length; i++) {
      a[i] = rng.nextGaussian();
    }
    return new ColumnMajor(rows, cols, a);
  }

  @Test
  void singularVectorsAreOrthonormalAndReconstruct() {
    Random rng = new Random(SEED);
    for (int[] shape : new int[][] {{40, 25}, {25, 40}, {30, 30}}) {
      ColumnMajor m = random(rng, shape[0], shape[1]);
      Decompositions.Svd svd = Decompositions.svd(m);
      int k = svd.s().length;
      ColumnMajor utu = svd.u().times(true, svd.u(), false);
      ColumnMajor vtv = svd.v().times(true, svd.v(), false);
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          assertThat(utu.get(i, j)).as("seed %d UᵀU", SEED).isCloseTo(i == j ? 1 : 0, within(1e-12));
          assertThat(vtv.get(i, j)).as("seed %d VᵀV", SEED).isCloseTo(i == j ? 1 : 0, within(1e-12));
        }
      }
      for (int i = 0; i < shape[0]; i++) {
        for (int j = 0; j < shape[1]; j++) {
          double s = 0;
          for (int c = 0; c < k; c++) {
            s += svd.u().get(i, c) * svd.s()[c] * svd.v().get(j, c);
          }
          assertThat(s).as("seed %d U S Vᵀ", SEED).isCloseTo(m.get(i, j), within(1e-10));
        }
      }
    }
  }

  @Test
  void eigenvectorsDiagonaliseASymmetricMatrix() {
    Random rng = new Random(SEED + 1);
    ColumnMajor b = random(rng, 20, 12);
    ColumnMajor gram = b.times(false, b, true);
    Decompositions.SymmetricEigen e = Decompositions.symmetricEigen(gram);
    for (int k = 1; k < e.values().length; k++) {
      assertThat(e.values()[k]).isLessThanOrEqualTo(e.values()[k - 1]);
    }
    ColumnMajor wtgw = e.vectors().times(true, gram.times(false, e.vectors(), false), false);
    for (int i = 0; i < 20; i++) {
      for (int j = 0; j < 20; j++) {
        assertThat(wtgw.get(i, j)).as("seed %d", SEED + 1)
            .isCloseTo(i == j ? e.values()[i] : 0, within(1e-9));
      }
    }
  }

  @Test
  void swappingXAndYGivesTheSameSpectrum() {
    GoldenCase c = new GoldenCase("primal");
    Split s = c.split();
    AlignmentInput xy = c.input(true);
    AlignmentInput yx = new AlignmentInput(xy.y(), xy.x(), List.of(s));
    Table a = GoldenCase.spectrum(GoldenCase.run(xy, Map.of(), 1));
    Table b = GoldenCase.spectrum(GoldenCase.run(yx, Map.of(), 1));
    double[] ca = a.numbers("correlation");
    double[] cb = b.numbers("correlation");
    double[] sa = a.numbers("singular_value");
    for (int k = 0; k < ca.length; k++) {
      if (sa[k] > 1e-6 * sa[0]) {
        assertThat(cb[k]).isCloseTo(ca[k], within(1e-9));
      }
    }
  }

  @Test
  void componentsLimitsTheReportedRanks() {
    GoldenCase c = new GoldenCase("primal");
    Table t = GoldenCase.spectrum(GoldenCase.run(c.input(true), Map.of("components", "5"), 1));
    assertThat(t.rows()).hasSize(5);
  }

  @Test
  void nonFiniteValueIsNamedByRowAndColumn() {
    GoldenCase c = new GoldenCase("primal");
    DenseMatrix x = DenseMatrix.of(GoldenCase.readCsv(c.dir.resolve("X.csv"), false));
    x.set(17, 4, Double.NaN);
    AlignmentInput in = new AlignmentInput(LabelledMatrix.unlabelled("x.npy", x),
        LabelledMatrix.unlabelled("y.npy", c.y), List.of(c.split()));
    assertThatThrownBy(() -> GoldenCase.run(in, Map.of(), 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("x.npy").hasMessageContaining("row 17, column 4");
  }

  @Test
  void tooSmallATestSetIsAClearError() {
    GoldenCase c = new GoldenCase("primal");
    int[] train = java.util.stream.IntStream.range(0, 118).toArray();
    AlignmentInput in = new AlignmentInput(LabelledMatrix.unlabelled("X", c.x),
        LabelledMatrix.unlabelled("Y", c.y), List.of(new Split(train, new int[] {118, 119})));
    assertThatThrownBy(() -> GoldenCase.run(in, Map.of(), 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least 3");
  }
}
