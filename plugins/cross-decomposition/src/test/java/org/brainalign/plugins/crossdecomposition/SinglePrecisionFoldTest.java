package org.brainalign.plugins.crossdecomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code fold-precision=single}: float32 fold factorizations and SVD give the double route's
 * correlations within 1e-4 at every reliable rank of the golden cases, are really float32 (they
 * differ from double somewhere by more than 1e-12), drop a rank-deficient K_tr's noise directions at
 * float32's cut-off, and are recorded in the summary.
 */
class SinglePrecisionFoldTest {
  /** The documented agreement of the two routes at reliable ranks (docs/method.md). */
  static final double TOLERANCE = 1e-4;

  private static AlignmentResult run(AlignmentInput in, Map<String, String> options, String fold) {
    Map<String, String> o = new HashMap<>(options);
    o.put("fold-precision", fold);
    return GoldenCase.run(in, o, 1);
  }

  @ParameterizedTest(name = "{0} route={1} scale={2}")
  @CsvSource({"primal, auto, false", "primal, dual, false", "wide-x, auto, false",
      "wide-both, auto, false", "wide-both, primal, false", "scaled, auto, true",
      "kfold, auto, false", "kfold, dual, false"})
  void singleAgreesWithDoubleAtEveryReliableRank(String name, String route, boolean scale) {
    GoldenCase c = new GoldenCase(name);
    AlignmentInput in = c.input(!name.equals("kfold"));
    Map<String, String> o = Map.of("route", route, "scale", Boolean.toString(scale),
        "permutations", "200");
    Table exact = GoldenCase.spectrum(run(in, o, "double"));
    Table single = GoldenCase.spectrum(run(in, o, "single"));
    double[] a = exact.numbers("correlation");
    double[] b = single.numbers("correlation");
    int reliable = exact.columnIndex("reliable");
    int compared = 0;
    double largest = 0;
    for (int k = 0; k < a.length; k++) {
      if (!Boolean.TRUE.equals(exact.rows().get(k).get(reliable))) {
        continue;
      }
      assertThat(k).as("rank %d is reliable in double but missing in single", k + 1)
          .isLessThan(b.length);
      assertThat(Math.abs(a[k] - b[k])).as("%s rank %d |Δcorrelation|", name, k + 1)
          .isLessThanOrEqualTo(TOLERANCE);
      largest = Math.max(largest, Math.abs(a[k] - b[k]));
      compared++;
    }
    assertThat(compared).as("reliable ranks compared").isPositive();
    // The tolerance means something: the route is really float32.
    assertThat(largest).as("%s largest |Δcorrelation| at reliable ranks", name)
        .isGreaterThan(1e-12);
  }

  @Test
  void rankDeficientTrainingGramDropsItsNoiseDirectionsInSingle() {
    // X = L W with L (60 × 12): p = 300 > n, but K has rank 12 (11 after centring on train rows),
    // so float32 pivoted Cholesky meets rounding pivots of ~1e-7 of the largest eigenvalue.
    Random rng = new Random(91);
    int n = 60;
    double[][] l = gaussian(rng, n, 12);
    double[][] w = gaussian(rng, 12, 300);
    double[][] x = new double[n][300];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 300; j++) {
        for (int c = 0; c < 12; c++) {
          x[i][j] += l[i][c] * w[c][j];
        }
      }
    }
    double[][] y = gaussian(rng, n, 20);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 20; j++) {
        y[i][j] += 2 * l[i][j % 12];
      }
    }
    AlignmentInput in = new AlignmentInput(LabelledMatrix.unlabelled("X", DenseMatrix.of(x)),
        LabelledMatrix.unlabelled("Y", DenseMatrix.of(y)), List.of());
    Map<String, String> o = Map.of("folds", "4", "route", "dual");
    AlignmentResult exact = run(in, o, "double");
    AlignmentResult single = run(in, o, "single");
    // 45 training rows, rank 12 after centring: 33 directions dropped in every fold.
    assertThat(single.summary().get("dropped_eigenvalues_x")).isEqualTo(List.of(33, 33, 33, 33));
    assertThat(single.summary().get("dropped_eigenvalues_x"))
        .isEqualTo(exact.summary().get("dropped_eigenvalues_x"));
    assertThat(single.summary().get("ranks_per_fold"))
        .isEqualTo(exact.summary().get("ranks_per_fold"));
    double[] a = GoldenCase.spectrum(exact).numbers("correlation");
    double[] b = GoldenCase.spectrum(single).numbers("correlation");
    for (int k = 0; k < 3; k++) {
      assertThat(Math.abs(a[k] - b[k])).as("rank %d", k + 1).isLessThanOrEqualTo(TOLERANCE);
    }
  }

  @Test
  void theSummaryNamesTheRouteAndItsCutOffs() {
    GoldenCase c = new GoldenCase("wide-x");
    Map<String, Object> exact = run(c.input(true), Map.of(), "double").summary();
    Map<String, Object> single = run(c.input(true), Map.of(), "single").summary();
    assertThat(exact.get("fold_precision")).isEqualTo("double");
    assertThat(exact.get("eigen_tolerance")).isEqualTo(DualSide.EIGEN_TOLERANCE);
    assertThat(exact.get("singular_tolerance")).isEqualTo(FoldSpectrum.SINGULAR_TOLERANCE);
    assertThat(single.get("fold_precision")).isEqualTo("single");
    assertThat(single.get("eigen_tolerance")).isEqualTo(DualSide.EIGEN_TOLERANCE_SINGLE);
    assertThat(single.get("singular_tolerance"))
        .isEqualTo(FoldPrecision.SINGLE.singularTolerance());
  }

  @Test
  void anUnknownPrecisionNamesTheChoices() {
    CrossDecompositionProvider p = new CrossDecompositionProvider();
    assertThatThrownBy(() -> Options.parse(p.id(), p.options(), Map.of("fold-precision", "half")))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("fold-precision").hasMessageContaining("double, single")
        .hasMessageContaining("'half'");
  }

  private static double[][] gaussian(Random rng, int rows, int cols) {
    double[][] a = new double[rows][cols];
    for (double[] row : a) {
      for (int j = 0; j < cols; j++) {
        row[j] = rng.nextGaussian();
      }
    }
    return a;
  }
}
