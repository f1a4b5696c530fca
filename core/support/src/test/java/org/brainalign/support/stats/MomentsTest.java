package org.brainalign.support.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Moments against numpy; see src/test/python/generate_stats.py. */
class MomentsTest {
  private static final double[] X = StatsFixtures.vector("pairs_x.csv");
  private static final double[] NAN_X = StatsFixtures.vector("nan_x.csv");
  private static final double[] E = StatsFixtures.vector("pairs_expected.csv");

  @Test
  void meanAndSdEqualNumpy() {
    assertThat(Moments.mean(X)).isCloseTo(E[3], within(1e-12));
    assertThat(Moments.sd(X)).isCloseTo(E[4], within(1e-12));
    assertThat(Moments.sd(X, Moments.mean(X))).isEqualTo(Moments.sd(X));
  }

  @Test
  void nanMomentsSkipNaNLikeNumpysNanFunctions() {
    assertThat(Moments.mean(NAN_X)).isNaN();
    assertThat(Moments.nanMean(NAN_X)).isCloseTo(E[5], within(1e-12));
    assertThat(Moments.nanSd(NAN_X)).isCloseTo(E[6], within(1e-12));
    assertThat(Moments.countNaN(NAN_X)).isEqualTo(6);
  }

  @Test
  void edgeCasesAreDocumented() {
    assertThat(Moments.mean(new double[0])).isNaN();
    assertThat(Moments.sd(new double[] {3.5})).isZero();
    assertThat(Moments.nanMean(new double[] {Double.NaN})).isNaN();
    assertThat(Moments.nanSd(new double[] {1, Double.NaN})).isNaN();
  }

  @Test
  void meanIsAPlainLeftToRightSum() {
    // Smile's MathEx.mean: no compensation, so the rounding is that of the loops it replaced.
    double[] v = {1e16, 1, -1e16, 1};
    assertThat(Moments.mean(v)).isEqualTo((((1e16 + 1) - 1e16) + 1) / 4);
  }
}
