package org.brainalign.api.metric;

import java.util.List;
import java.util.Objects;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.split.Split;

/**
 * Two representations of the same stimuli, and optionally the train/test splits to use.
 *
 * @param x model features {@code (nStimuli × p)}
 * @param y brain responses {@code (nStimuli × q)}, same stimuli in the same order as {@code x}
 * @param splits explicit splits, or empty to let the metric use its own cross-validation options
 */
public record AlignmentInput(LabelledMatrix x, LabelledMatrix y, List<Split> splits) {

  public AlignmentInput {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    x.requireSameRows(y);
    splits = List.copyOf(splits);
    for (Split s : splits) {
      s.validate(x.rows(), "split of " + x.name());
    }
  }

  /** Input without explicit splits. */
  public static AlignmentInput of(LabelledMatrix x, LabelledMatrix y) {
    return new AlignmentInput(x, y, List.of());
  }

  /** Number of stimuli (rows). */
  public int stimuli() {
    return x.rows();
  }
}
