package org.brainalign.support.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brainalign.api.matrix.Labels;
import org.junit.jupiter.api.Test;

/** The shared row rule: which presentations feed which row, and the rows' ids and labels. */
class RowPlanTest {
  // Presentations: stimuli 7, 3, 7, 9, 3 in two sessions; stimulus ids "s<index>".
  private static final int[] SHOWN = {7, 3, 7, 9, 3};
  private static final int[] SESSION = {0, 0, 0, 1, 1};

  private static String id(int stimulus) {
    return "s" + stimulus;
  }

  @Test
  void meanRowsAreTheStimuliShownAscendingEachAveragingItsPresentations() {
    RowPlan plan = RowPlan.of(SHOWN, Repetitions.earlier(SHOWN), SESSION, Repetitions.MEAN);
    assertThat(plan.separate()).isFalse();
    assertThat(plan.rows()).isEqualTo(3);
    assertThat(plan.presentations()).isEqualTo(5);
    assertThat(plan.groups()).isDeepEqualTo(new int[][] {{1, 4}, {0, 2}, {3}});
    assertThat(plan.counts()).containsExactly(2, 2, 1);
    assertThat(new int[] {plan.row(0), plan.row(1), plan.row(2), plan.row(3), plan.row(4)})
        .containsExactly(1, 0, 1, 2, 0);
    assertThat(plan.rowIds(RowPlanTest::id)).containsExactly("s3", "s7", "s9");
    Labels labels = plan.labels(RowPlanTest::id);
    assertThat(List.of(labels.get(1), labels.stimulus(1))).containsExactly("s7", "s7");
    assertThat(plan.session()).containsExactly(SESSION);
  }

  @Test
  void separateRowsAreThePresentationsInOrderNumberedByTheirRepetition() {
    RowPlan plan = RowPlan.of(SHOWN, Repetitions.earlier(SHOWN), SESSION, Repetitions.SEPARATE);
    assertThat(plan.rows()).isEqualTo(5);
    assertThat(plan.counts()).containsOnly(1);
    assertThat(plan.rowIds(RowPlanTest::id)).containsExactly("s7#0", "s3#0", "s7#1", "s9#0",
        "s3#1");
    Labels labels = plan.labels(RowPlanTest::id);
    assertThat(labels.stimulus(2)).isEqualTo("s7");
    assertThat(labels.stimulus(4)).isEqualTo("s3");
    for (int t = 0; t < SHOWN.length; t++) {
      assertThat(plan.row(t)).isEqualTo(t);
      assertThat(plan.stimulus(t)).isEqualTo(SHOWN[t]);
    }
  }

  @Test
  void repetitionsCountedOverALongerExperimentKeepTheirNumbers() {
    // Only the later presentations are loaded: their numbers come from the whole design.
    RowPlan plan = RowPlan.of(new int[] {7, 3}, new int[] {2, 1}, new int[] {0, 0},
        Repetitions.SEPARATE);
    assertThat(plan.rowIds(RowPlanTest::id)).containsExactly("s7#2", "s3#1");
    assertThat(plan.repetition(0)).isEqualTo(2);
  }

  @Test
  void theInputsAreCopied() {
    int[] shown = SHOWN.clone();
    RowPlan plan = RowPlan.of(shown, Repetitions.earlier(shown), SESSION.clone(),
        Repetitions.SEPARATE);
    shown[0] = 9;
    assertThat(plan.stimulus(0)).isEqualTo(7);
  }
}
