package org.brainalign.plugins.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.brainalign.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The target size against scikit-learn's {@code johnson_lindenstrauss_min_dim} ({@code srp/jl.csv}).
 * brainalign takes the ceiling of the bound (docs/method.md §3, bonner-libraries); scikit-learn
 * truncates, so it is exactly one lower wherever the bound is not a whole number.
 */
class JohnsonLindenstraussTest {

  @Test
  void isTheCeilingOfTheBoundAndOneAboveScikitLearn() {
    double[][] rows = CsvFixture.rows(FixtureCase.DIR.resolve("jl.csv"));
    assertThat(rows.length).isGreaterThan(40);
    for (double[] r : rows) {
      long n = (long) r[0];
      double eps = r[1];
      long sklearn = (long) r[2];
      double bound = r[3];
      int k = JohnsonLindenstrauss.minDim(n, eps);
      assertThat(k).as("n=%d eps=%s", n, eps).isEqualTo((long) Math.ceil(bound));
      assertThat(k).as("n=%d eps=%s vs sklearn", n, eps)
          .isEqualTo(bound == Math.floor(bound) ? sklearn : sklearn + 1);
    }
  }

  @ParameterizedTest
  @CsvSource({"1000, 0.1, 5921", "10000, 0.1, 7895", "73000, 0.1, 9599", "1000, 0.15, 2729"})
  void designExamples(long stimuli, double eps, int k) {
    assertThat(JohnsonLindenstrauss.minDim(stimuli, eps)).isEqualTo(k);
  }

  @Test
  void rejectsOneStimulusAndEpsOutsideTheOpenUnitInterval() {
    assertThatThrownBy(() -> JohnsonLindenstrauss.minDim(1, 0.1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("dim=k");
    for (double eps : new double[] {0, 1, -0.5, 1.5, Double.NaN}) {
      assertThatThrownBy(() -> JohnsonLindenstrauss.minDim(100, eps))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("(0, 1)");
    }
  }

  @Test
  void rejectsASizeBeyondAnInt() {
    assertThatThrownBy(() -> JohnsonLindenstrauss.minDim(1_000_000, 1e-5))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("larger eps");
  }
}
