package org.brainalign.geometry.split;

import java.util.ArrayList;
import java.util.List;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.split.Split;

/**
 * The stimuli a metric that fits nothing (RSA, CKA) evaluates: every stimulus when the input has no
 * splits, else each split's test rows, one evaluation per split.
 */
public final class EvaluationRows {
  private EvaluationRows() {}

  /**
   * @param input the two representations and their splits
   * @return one row-index array per evaluation: {@code [0, 1, …, nStimuli−1]} alone without splits,
   *     else {@code split.test()} for each split in order
   */
  public static List<int[]> of(AlignmentInput input) {
    List<int[]> evaluations = new ArrayList<>();
    if (input.splits().isEmpty()) {
      int n = input.stimuli();
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      evaluations.add(all);
    } else {
      for (Split s : input.splits()) {
        evaluations.add(s.test());
      }
    }
    return evaluations;
  }
}
