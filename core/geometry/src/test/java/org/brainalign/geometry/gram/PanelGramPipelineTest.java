package org.brainalign.geometry.gram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.ForwardingMatrix;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The float64 Gram route reads the next column panel on another thread while BLAS multiplies the
 * current one: whatever the panel width (one panel, many, a last narrow one) K equals the plain
 * definition, and a reader's failure reaches the caller as itself. Seeded.
 */
class PanelGramPipelineTest {
  private static final long SEED = 91L;

  @Test
  void everyPanelWidthGivesTheDefinition() {
    int n = 37;
    int p = 1_203;
    Random rng = new Random(SEED);
    double[] x = new double[n * p];
    for (int i = 0; i < x.length; i++) {
      x[i] = rng.nextGaussian() + 3;
    }
    double[] shift = new double[p];
    for (int c = 0; c < p; c++) {
      shift[c] = rng.nextGaussian();
    }
    // Budgets of 1 MB (the floor: one panel of every column) and of a few columns' worth.
    for (long budget : new long[] {1L << 30, 4L * 8 * n * 5, 4L * 8 * n * 300}) {
      double[] k = PanelGram.compute(new DenseMatrix(n, p, x), shift, null, context(budget), "k");
      double worst = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double want = 0;
          for (int c = 0; c < p; c++) {
            want += (x[i * p + c] - shift[c]) * (x[j * p + c] - shift[c]);
          }
          worst = Math.max(worst, Math.abs(k[i * n + j] - want) / Math.max(1, Math.abs(want)));
        }
      }
      assertThat(worst).as("largest relative error, budget %d, seed %d", budget, SEED)
          .isLessThan(1e-12);
    }
  }

  @ParameterizedTest
  @CsvSource({"16384, 20000, 2500", "3276, 802816, 1638", "16384, 300, 300", "1, 10, 1"})
  void panelWidthsLeavePanelsToOverlap(int width, int p, int pipelined) {
    assertThat(PanelGram.pipelinedWidth(width, p)).isEqualTo(pipelined);
  }

  @Test
  void aReadersFailureReachesTheCaller() {
    DenseMatrix data = new DenseMatrix(4, 3_000, new double[12_000]);
    Matrix broken = new ForwardingMatrix(data) {
      @Override
      public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, double[] dst) {
        fail(colFrom);
        super.readBlock(rowFrom, rowTo, colFrom, colTo, dst);
      }

      @Override
      public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, float[] dst) {
        fail(colFrom);
        super.readBlock(rowFrom, rowTo, colFrom, colTo, dst);
      }

      private void fail(int colFrom) {
        if (colFrom > 0) {
          throw new IllegalStateException("disk gone at column " + colFrom);
        }
      }
    };
    for (GramPrecision precision : GramPrecision.values()) {
      assertThatThrownBy(() -> PanelGram.compute(broken, new double[3_000], null,
          context(1L << 30), "k", precision)).as("%s", precision)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("disk gone at column ");
    }
  }

  private static RunContext context(long budget) {
    return RunContext.quiet(2, budget);
  }
}
