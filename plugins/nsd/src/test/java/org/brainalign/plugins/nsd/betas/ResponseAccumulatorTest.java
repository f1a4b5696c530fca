package org.brainalign.plugins.nsd.betas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.brainalign.api.InvalidInputException;
import org.brainalign.plugins.nsd.design.SessionRows;
import org.brainalign.plugins.nsd.design.TrialDesign;
import org.brainalign.support.dataset.Repetitions;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: a session of one trial under zscore=session turned every response into exactly 0
 * without a word; it is refused, naming the subject and session.
 */
class ResponseAccumulatorTest {
  private static SessionRows oneTrialPerSession() {
    return SessionRows.of(new TrialDesign(Path.of("design.tsv"), new int[] {7, 9}), List.of(1, 2),
        1, Repetitions.MEAN);
  }

  @Test
  void aSessionOfOneTrialCannotBeZScored() {
    ResponseAccumulator acc = new ResponseAccumulator("subj01", oneTrialPerSession(), 2, true);
    assertThatThrownBy(() -> acc.add(0, new short[] {300, 600}, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("subject subj01, session 1: expected at least 2 trials in a "
            + "session to z-score it (zscore=session), found 1 trial")
        .hasMessageContaining("Pass zscore=none");
  }

  @Test
  void withoutZScoringOneTrialIsItsPercentSignalChange() {
    ResponseAccumulator acc = new ResponseAccumulator("subj01", oneTrialPerSession(), 2, false);
    acc.add(0, new short[] {300, 600}, 1);
    acc.add(1, new short[] {-150, 0}, 1);
    double[] got = new double[4];
    acc.finish(new int[] {0, 1}).readRows(0, 2, got);
    assertThat(got).containsExactly(1, 2, -0.5, 0);
  }
}
