package org.brainalign.plugins.crossdecomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.table.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The spectrum against scikit-learn's PLSSVD (fit on train, transform on test, Pearson r per
 * component), on cases that exercise the primal route, the dual route on one or both sides, column
 * scaling and k-fold cross-validation.
 */
class SklearnGoldenTest {

  /** Ranks whose singular value is this far below the first are ill-conditioned and not compared. */
  private static final double CONDITION = 1e-6;

  @ParameterizedTest(name = "{0} route={1} scale={2}")
  @CsvSource({
      "primal, auto, false", "primal, dual, false",
      "wide-x, auto, false", "wide-x, primal, false",
      "wide-both, auto, false", "wide-both, primal, false",
      "scaled, auto, true", "scaled, dual, true"})
  void explicitSplitMatchesPlsSvd(String name, String route, boolean scale) {
    GoldenCase c = new GoldenCase(name);
    AlignmentResult r = GoldenCase.run(c.input(true),
        Map.of("route", route, "scale", Boolean.toString(scale)), 1);
    compare(GoldenCase.spectrum(r), c.expected(), 1);
  }

  @ParameterizedTest(name = "kfold route={0}")
  @CsvSource({"auto", "dual"})
  void eightFoldCrossValidationMatchesKFoldAndPlsSvd(String route) {
    GoldenCase c = new GoldenCase("kfold");
    AlignmentResult r = GoldenCase.run(c.input(false), Map.of("route", route), 2);
    Table t = GoldenCase.spectrum(r);
    double[][] e = c.expected();
    assertThat(t.rows()).hasSize(e.length);
    double[] corr = t.numbers("correlation");
    double[] sd = t.numbers("correlation_sd");
    double[] sv = t.numbers("singular_value");
    for (int k = 0; k < e.length; k++) {
      if (e[k][3] < CONDITION * e[0][3]) {
        continue;
      }
      assertThat(corr[k]).as("rank %d correlation", k + 1).isCloseTo(e[k][1], within(1e-6));
      assertThat(sd[k]).as("rank %d sd", k + 1).isCloseTo(e[k][2], within(1e-6));
      assertThat(sv[k]).as("rank %d singular value", k + 1)
          .isCloseTo(e[k][3], within(1e-9 * e[0][3]));
    }
  }

  static void compare(Table t, double[][] e, int firstDataColumn) {
    double[] corr = t.numbers("correlation");
    double[] sv = t.numbers("singular_value");
    double[] cov = t.numbers("test_covariance");
    int compared = 0;
    for (int k = 0; k < e.length && k < corr.length; k++) {
      if (e[k][2] < CONDITION * e[0][2]) {
        continue;
      }
      compared++;
      assertThat(corr[k]).as("rank %d correlation", k + 1).isCloseTo(e[k][firstDataColumn],
          within(1e-6));
      assertThat(sv[k]).as("rank %d singular value", k + 1)
          .isCloseTo(e[k][2], within(1e-9 * e[0][2]));
      assertThat(Math.abs(cov[k])).as("rank %d test covariance", k + 1)
          .isCloseTo(Math.abs(e[k][3]), within(1e-6 * Math.abs(e[0][3])));
    }
    assertThat(compared).as("well-conditioned ranks compared").isGreaterThan(5);
  }
}
