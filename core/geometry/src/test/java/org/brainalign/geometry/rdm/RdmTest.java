package org.brainalign.geometry.rdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.OptionChoice;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.geometry.testing.RandomMatrices;
import org.junit.jupiter.api.Test;

/**
 * RDMs equal their definitions (1 − Pearson r, Euclidean distance) in one block and streamed one
 * row per block; RDM comparison and its clear errors. Seeded; the seed is in each message.
 */
class RdmTest {
  private static final long SEED = 2024L;

  @Test
  void rdmsEqualTheirDefinitionsInOneBlockAndStreamed() {
    int n = 11;
    int p = 6;
    LabelledMatrix x = RandomMatrices.gaussian("x", n, p, SEED, 2.0);
    double[] v = ((DenseMatrix) x.data()).data();
    int[] rows = {10, 3, 7, 0, 5, 1};
    for (Dissimilarity d : Dissimilarity.values()) {
      for (long budget : new long[] {Long.MAX_VALUE / 4, 1}) {
        double[] rdm = d.rdm(x, rows, budget);
        for (int i = 0; i < rows.length; i++) {
          for (int j = 0; j < rows.length; j++) {
            double want = i == j ? 0.0 : definition(d, v, rows[i], rows[j], p);
            assertThat(rdm[i * rows.length + j]).as("%s budget %d [%d,%d] seed %d", d.id(), budget,
                i, j, SEED).isCloseTo(want, within(1e-12));
          }
        }
      }
    }
  }

  private static double definition(Dissimilarity d, double[] v, int a, int b, int p) {
    double ma = 0;
    double mb = 0;
    double ss = 0;
    for (int c = 0; c < p; c++) {
      ma += v[a * p + c] / p;
      mb += v[b * p + c] / p;
      double diff = v[a * p + c] - v[b * p + c];
      ss += diff * diff;
    }
    if (d == Dissimilarity.EUCLIDEAN) {
      return Math.sqrt(ss);
    }
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int c = 0; c < p; c++) {
      double da = v[a * p + c] - ma;
      double db = v[b * p + c] - mb;
      sab += da * db;
      saa += da * da;
      sbb += db * db;
    }
    return 1.0 - sab / Math.sqrt(saa * sbb);
  }

  @Test
  void constantPatternIsAClearErrorForCorrelationOnly() {
    double[] v = RandomMatrices.gaussian(4 * 3, SEED);
    java.util.Arrays.fill(v, 3, 6, 0.1);
    LabelledMatrix x = LabelledMatrix.unlabelled("flat", new DenseMatrix(4, 3, v));
    int[] all = {0, 1, 2, 3};
    assertThatThrownBy(() -> Dissimilarity.CORRELATION.rdm(x, all, Long.MAX_VALUE / 4))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("flat")
        .hasMessageContaining("row 1");
    assertThat(Dissimilarity.EUCLIDEAN.rdm(x, all, Long.MAX_VALUE / 4)).hasSize(16);
  }

  @Test
  void nonFiniteValueIsAClearError() {
    double[] v = RandomMatrices.gaussian(4 * 3, SEED);
    v[7] = Double.NaN;
    LabelledMatrix x = LabelledMatrix.unlabelled("holes", new DenseMatrix(4, 3, v));
    for (Dissimilarity d : Dissimilarity.values()) {
      assertThatThrownBy(() -> d.rdm(x, new int[] {0, 1, 2, 3}, 1))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("holes")
          .hasMessageContaining("row 2");
    }
  }

  @Test
  void comparisonsOfKnownTriangles() {
    double[] a = {1, 2, 3, 4};
    double[] b = {1, 4, 9, 16};
    assertThat(RdmComparison.SPEARMAN.compare(a, b, "t")).isEqualTo(1.0);
    assertThat(RdmComparison.PEARSON.compare(a, b, "t"))
        .isCloseTo(0.9843740386976972, within(1e-15));
    assertThat(RdmComparison.PEARSON.compare(a, new double[] {4, 3, 2, 1}, "t")).isEqualTo(-1.0);
    assertThatThrownBy(() -> RdmComparison.SPEARMAN.compare(a, new double[] {5, 5, 5, 5}, "flat RDM"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("flat RDM");
  }

  @Test
  void upperTriangleIsRowByRow() {
    double[] m = {0, 1, 2, 1, 0, 3, 2, 3, 0};
    assertThat(RdmComparison.upperTriangle(m, 3)).containsExactly(1, 2, 3);
  }

  @Test
  void idsRoundTrip() {
    for (Dissimilarity d : Dissimilarity.values()) {
      assertThat(OptionChoice.of(Dissimilarity.class, d.id())).isSameAs(d);
    }
    for (RdmComparison c : RdmComparison.values()) {
      assertThat(OptionChoice.of(RdmComparison.class, c.id())).isSameAs(c);
    }
  }
}
