package org.brainalign.plugins.crossdecomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.table.Table;
import org.brainalign.geometry.testing.SupplyingGram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code gram-precision=single} (float32 panel products summed in float64) against the default
 * double route on the golden wide cases: on the ranks whose singular value s_k is at least
 * {@link #CONDITION} of the first, singular values agree to {@link #SINGULAR} · s_1 and correlations
 * to {@link #CORRELATION} · s_1 / s_k (a rank's direction moves by the Gram error over its singular
 * value, so weak ranks move most: 2e-6 on the first rank, 2e-3 at the condition limit).
 */
class GramPrecisionTest {
  static final double CORRELATION = 2e-6;
  static final double SINGULAR = 1e-6;
  static final double CONDITION = 1e-3;

  @ParameterizedTest(name = "{0} route={1} scale={2} explicit={3}")
  @CsvSource({
      "wide-x, auto, false, true", "wide-both, auto, false, true", "wide-x, dual, false, true",
      "scaled, dual, true, true", "kfold, dual, false, false"})
  void singleAgreesWithDouble(String name, String route, boolean scale, boolean explicit) {
    GoldenCase c = new GoldenCase(name);
    Map<String, String> options = new HashMap<>(Map.of("route", route, "scale",
        Boolean.toString(scale)));
    Table d = GoldenCase.spectrum(GoldenCase.run(c.input(explicit), options, 1));
    options.put("gram-precision", "single");
    Table s = GoldenCase.spectrum(GoldenCase.run(c.input(explicit), options, 1));
    double[] cd = d.numbers("correlation");
    double[] cs = s.numbers("correlation");
    double[] sd = d.numbers("singular_value");
    double[] ss = s.numbers("singular_value");
    assertThat(cs).hasSameSizeAs(cd);
    int compared = 0;
    double worstCorrelation = 0;
    double worstSingular = 0;
    for (int k = 0; k < cd.length; k++) {
      if (sd[k] < CONDITION * sd[0]) {
        continue;
      }
      compared++;
      worstCorrelation = Math.max(worstCorrelation, Math.abs(cs[k] - cd[k]) * sd[k] / sd[0]);
      worstSingular = Math.max(worstSingular, Math.abs(ss[k] - sd[k]) / sd[0]);
      assertThat(cs[k]).as("%s rank %d correlation", name, k + 1).isCloseTo(cd[k],
          within(CORRELATION * sd[0] / sd[k]));
      assertThat(ss[k]).as("%s rank %d singular value", name, k + 1).isCloseTo(sd[k],
          within(SINGULAR * sd[0]));
    }
    System.out.printf("%s: %d ranks, largest |Δr|·s_k/s1 %.2e, largest |Δs|/s1 %.2e%n", name, compared,
        worstCorrelation, worstSingular);
    assertThat(compared).isGreaterThan(5);
    assertThat(worstSingular).as("the single route really ran in float").isGreaterThan(0.0);
  }

  @Test
  void aSuppliedDoubleGramIsNotUsedForASingleRequest() {
    GoldenCase c = new GoldenCase("wide-x");
    SupplyingGram x = new SupplyingGram(c.x);
    AlignmentInput supplied = c.inputWithX(x);
    Table a = GoldenCase.spectrum(GoldenCase.run(supplied, Map.of("gram-precision", "single"), 1));
    Table b = GoldenCase.spectrum(GoldenCase.run(c.input(true), Map.of("gram-precision", "single"),
        1));
    assertThat(x.requests()).isZero();
    assertThat(a.numbers("correlation")).containsExactly(b.numbers("correlation"));
  }

  @Test
  void anUnknownPrecisionIsRefused() {
    GoldenCase c = new GoldenCase("wide-x");
    assertThatThrownBy(() -> GoldenCase.run(c.input(true), Map.of("gram-precision", "half"), 1))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("gram-precision")
        .hasMessageContaining("half");
  }
}
