package org.brainalign.plugins.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.RunContext;
import org.brainalign.geometry.testing.RandomMatrices;
import org.junit.jupiter.api.Test;

/** score_ceiled's invariants: ceiling 1 changes nothing, a quarter doubles r, none is absent. */
class CeiledScoreTest {
  private static final long SEED = 77L;
  private static final LabelledMatrix X = RandomMatrices.gaussian("x", 24, 5, SEED, 0.5);
  private static final LabelledMatrix Y = RandomMatrices.gaussian("y", 24, 3, SEED + 1, 0);
  private static final EncodingMetric METRIC =
      new EncodingMetric(new EncodingSettings(new double[] {1, 10}, 4, 0));

  private static AlignmentResult run(double[] ceilings) {
    return METRIC.compare(AlignmentInput.of(X, Y, ceilings), RunContext.quiet(1));
  }

  @Test
  void ceilingsOfOneGiveTheScoreAndAQuarterDoublesIt() {
    AlignmentResult one = run(new double[] {1, 1, 1});
    assertThat((double) one.summary().get("score_ceiled")).as("seed %d", SEED)
        .isCloseTo(one.score(), within(1e-15));
    AlignmentResult quarter = run(new double[] {0.25, 0.25, 0.25});
    assertThat((double) quarter.summary().get("score_ceiled")).as("seed %d", SEED)
        .isCloseTo(2 * quarter.score(), within(1e-12));
  }

  @Test
  void withoutCeilingsThereIsNoCeiledScoreAndWithoutAnyPositiveOneItIsNull() {
    AlignmentResult none = METRIC.compare(AlignmentInput.of(X, Y), RunContext.quiet(1));
    assertThat(none.summary()).doesNotContainKeys("score_ceiled", "ceiling");
    AlignmentResult zero = run(new double[] {0, Double.NaN, 0});
    assertThat(zero.summary()).containsEntry("score_ceiled", null);
    @SuppressWarnings("unchecked")
    Map<String, Object> ceiling = (Map<String, Object>) zero.summary().get("ceiling");
    assertThat(ceiling).containsEntry("voxels_without_ceiling", 3);
  }

  @Test
  void aVoxelWithoutCeilingIsLeftOutOfTheMean() {
    CeiledScore s = CeiledScore.of(List.of(new double[] {0.2, 0.9, Double.NaN},
        new double[] {0.4, 0.1, 0.3}), new double[] {0.04, 0.0, 0.09});
    // split 0: voxel 0 only (voxel 1 has ceiling 0, voxel 2 an undefined r): 0.2 / 0.2 = 1
    // split 1: voxels 0 and 2: (0.4 / 0.2 + 0.3 / 0.3) / 2 = 1.5
    assertThat(s.foldScores()).containsExactly(new double[] {1.0, 1.5}, within(1e-15));
    assertThat(s.score()).isCloseTo(1.25, within(1e-15));
    assertThat(s.withoutCeiling()).isEqualTo(1);
    assertThat(Arrays.stream(s.foldScores()).allMatch(Double::isFinite)).isTrue();
  }
}
