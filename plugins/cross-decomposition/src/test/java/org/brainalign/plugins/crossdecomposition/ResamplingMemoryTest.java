package org.brainalign.plugins.crossdecomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.geometry.testing.RandomMatrices;
import org.junit.jupiter.api.Test;

/**
 * Resampling draws that cannot fit the memory budget are refused before any fold is fitted, naming
 * the option and the most draws that fit, instead of ending in an out-of-memory error.
 */
class ResamplingMemoryTest {
  private static AlignmentInput input() {
    return new AlignmentInput(RandomMatrices.gaussian("X", 40, 12, 1, 1.0),
        RandomMatrices.gaussian("Y", 40, 8, 2, 1.0), List.of());
  }

  @Test
  void twoBillionPermutationsAreRefusedNamingTheOptionAndWhatFits() {
    // 4 folds of 40: 10 test rows, ranks at most min(12, 8, 30) = 8: 8·8 + 4·10 + 56 = 160 bytes.
    assertThat(ResamplingMemory.bytes(1, 8, 10)).isEqualTo(160);
    assertThatThrownBy(() -> GoldenCase.run(input(), Map.of("folds", "4",
        "permutations", "2000000000"), 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("option 'permutations' of cross-decomposition")
        .hasMessageContaining("2000000000 draws, about 298.0 GiB (8 ranks and 10 test rows")
        .hasMessageContaining("(--memory)")
        .hasMessageContaining("Lower permutations to at most "
            + Runtime.getRuntime().maxMemory() / 2 / 160 + " ");
    assertThatThrownBy(() -> GoldenCase.run(input(), Map.of("folds", "4",
        "bootstraps", "2000000000"), 1)).hasMessageContaining("Lower bootstraps to at most");
  }

  @Test
  void drawsThatFitRunAsBefore() {
    assertThat(GoldenCase.run(input(), Map.of("folds", "4", "permutations", "200",
        "bootstraps", "50"), 1).summary()).containsKey("route_x");
  }

  @Test
  void theEstimateCountsRanksAndTestRowsPerDraw() {
    assertThat(ResamplingMemory.bytes(1000, 100, 1250)).isEqualTo(1000L * (800 + 5000 + 56));
  }
}
