package org.brainalign.plugins.crossdecomposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.geometry.testing.CountingMatrix;
import org.brainalign.geometry.testing.RandomMatrices;
import org.brainalign.geometry.testing.SupplyingGram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression guards of the route (#8), without timing: which route each side takes at
 * representative shapes, and how many times the features are read on it — once per pass, however
 * many folds and permutations, and never on the dual route when the host supplies the Gram matrix.
 */
class RouteGuardTest {
  private static final long SEED = 8L;

  private static DenseMatrix gaussian(int n, int p, long seed) {
    return (DenseMatrix) RandomMatrices.gaussian("m", n, p, seed, 1.0).data();
  }

  private static AlignmentResult run(Matrix x, Matrix y, Map<String, String> options) {
    AlignmentInput in = new AlignmentInput(LabelledMatrix.unlabelled("X", x),
        LabelledMatrix.unlabelled("Y", y), List.of());
    return GoldenCase.run(in, options, 1);
  }

  @ParameterizedTest(name = "n={0} p={1} q={2}: x {3}, y {4}")
  @CsvSource({
      "60, 40, 10, primal, primal",
      "60, 60, 60, primal, primal",
      "60, 61, 10, dual, primal",
      "60, 10, 500, primal, dual",
      "60, 2000, 300, dual, dual"})
  void autoPicksTheDualRouteExactlyWhenColumnsOutnumberStimuli(int n, int p, int q, String rx,
      String ry) {
    AlignmentResult r = run(gaussian(n, p, SEED), gaussian(n, q, SEED + 1), Map.of("folds", "3"));
    assertThat(r.summary().get("route_x")).isEqualTo(rx);
    assertThat(r.summary().get("route_y")).isEqualTo(ry);
  }

  @Test
  void theDualRouteReadsTheFeaturesTwiceWhateverTheFoldsAndPermutations() {
    int n = 60;
    int p = 700;
    CountingMatrix x = new CountingMatrix(gaussian(n, p, SEED));
    AlignmentResult r = run(x, gaussian(n, 20, SEED + 1),
        Map.of("folds", "6", "permutations", "50", "bootstraps", "20"));
    assertThat(r.summary().get("route_x")).isEqualTo("dual");
    // Column means (with the finiteness check), then the Gram panels: nothing per fold.
    assertThat(x.passes()).as("passes over X (seed %d)", SEED).isEqualTo(2.0);
  }

  @Test
  void theDualRouteNeverReadsFeaturesWhoseGramMatrixIsSupplied() {
    SupplyingGram x = new SupplyingGram(gaussian(60, 700, SEED));
    AlignmentResult r = run(x, gaussian(60, 20, SEED + 1),
        Map.of("folds", "6", "permutations", "50"));
    assertThat(r.summary().get("route_x")).isEqualTo("dual");
    assertThat(x.requests()).isEqualTo(1);
    assertThat(x.elementsRead()).as("feature elements read past the cached Gram").isZero();
  }

  @Test
  void aSuppliedGramMatrixOfAnotherPrecisionIsNotUsed() {
    SupplyingGram x = new SupplyingGram(gaussian(60, 700, SEED));
    run(x, gaussian(60, 20, SEED + 1), Map.of("folds", "3", "gram-precision", "single"));
    assertThat(x.requests()).isZero();
    assertThat(x.elementsRead()).isEqualTo(2L * 60 * 700);
  }

  @Test
  void thePrimalRouteReadsTheSourceTwiceThenWorksOnItsHeapCopy() {
    CountingMatrix x = new CountingMatrix(gaussian(60, 30, SEED));
    AlignmentResult r = run(x, gaussian(60, 20, SEED + 1), Map.of("folds", "6"));
    assertThat(r.summary().get("route_x")).isEqualTo("primal");
    // The finiteness check and the heap copy; folds read the copy.
    assertThat(x.passes()).isEqualTo(2.0);
  }

  @Test
  void scalingOnTheDualRouteRecomputesTheGramMatrixPerFold() {
    // Training standard deviations differ per fold, so K cannot be shared: 1 check pass, then per
    // fold 2 passes of statistics and 1 of panels. Documented cost, guarded so it does not grow.
    CountingMatrix x = new CountingMatrix(gaussian(60, 700, SEED));
    run(x, gaussian(60, 20, SEED + 1), Map.of("folds", "4", "scale", "true"));
    assertThat(x.elementsRead()).isEqualTo((1L * 60 + 4L * 2 * 45 + 4L * 60) * 700);
  }
}
