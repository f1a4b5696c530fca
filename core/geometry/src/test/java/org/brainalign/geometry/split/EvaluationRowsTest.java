package org.brainalign.geometry.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.split.Split;
import org.brainalign.geometry.testing.RandomMatrices;
import org.junit.jupiter.api.Test;

/** Every stimulus without splits, each split's test rows otherwise. */
class EvaluationRowsTest {

  @Test
  void allStimuliWithoutSplitsElseTestRows() {
    var x = RandomMatrices.gaussian("x", 5, 2, 1L, 0);
    var y = RandomMatrices.gaussian("y", 5, 3, 2L, 0);
    assertThat(EvaluationRows.of(AlignmentInput.of(x, y))).singleElement()
        .isEqualTo(new int[] {0, 1, 2, 3, 4});
    List<int[]> rows = EvaluationRows.of(new AlignmentInput(x, y, List.of(
        new Split(new int[] {0, 1, 2}, new int[] {3, 4}),
        new Split(new int[] {2, 3, 4}, new int[] {0, 1}))));
    assertThat(rows).containsExactly(new int[] {3, 4}, new int[] {0, 1});
  }
}
