package org.brainalign.plugins.crossdecomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.table.Table;
import org.brainalign.geometry.testing.SupplyingGram;
import org.junit.jupiter.api.Test;

/** A host-supplied (cached) Gram matrix is used by the dual route and gives the same spectrum. */
class SuppliedGramTest {

  @Test
  void sameSpectrumFromASuppliedGram() {
    GoldenCase c = new GoldenCase("wide-x");
    SupplyingGram x = new SupplyingGram(c.x);
    AlignmentInput supplied = c.inputWithX(x);
    Table a = GoldenCase.spectrum(GoldenCase.run(supplied, Map.of(), 1));
    Table b = GoldenCase.spectrum(GoldenCase.run(c.input(true), Map.of(), 1));
    assertThat(x.requests()).isEqualTo(1);
    double[] ca = a.numbers("correlation");
    double[] cb = b.numbers("correlation");
    double[] s = b.numbers("singular_value");
    for (int k = 0; k < ca.length; k++) {
      if (s[k] > 1e-6 * s[0]) {
        assertThat(ca[k]).as("rank %d", k + 1).isCloseTo(cb[k], within(1e-10));
      }
    }
  }
}
