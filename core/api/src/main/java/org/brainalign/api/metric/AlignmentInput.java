package org.brainalign.api.metric;

import java.util.List;
import java.util.Objects;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.split.Split;

/**
 * Two representations of the same stimuli, and optionally the train/test splits to use.
 *
 * @param x model features {@code (nStimuli × p)}
 * @param y brain responses {@code (nStimuli × q)}, same stimuli in the same order as {@code x}
 * @param splits explicit splits, or empty to let the metric use its own cross-validation options;
 *     none may put rows of one stimulus (see {@link #rowStimuli}) in both train and test
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
    if (!splits.isEmpty()) {
      List<String> stimuli = rowStimuli(x, y);
      for (Split s : splits) {
        s.requireStimuliApart(stimuli, "split of " + x.name());
      }
    }
  }

  /** Input without explicit splits. */
  public static AlignmentInput of(LabelledMatrix x, LabelledMatrix y) {
    return new AlignmentInput(x, y, List.of());
  }

  /** Number of rows (stimuli, or presentations when repetitions are kept as rows). */
  public int stimuli() {
    return x.rows();
  }

  /**
   * The stimulus each row shows, {@code nRows} entries: from y's row labels when they say that rows
   * repeat stimuli ({@link Labels#presentations}), else from x's; the row ids themselves when neither
   * does. Rows with equal entries are presentations of one stimulus, and a metric's own folds keep
   * them together.
   */
  public List<String> rowStimuli() {
    return rowStimuli(x, y);
  }

  private static List<String> rowStimuli(LabelledMatrix x, LabelledMatrix y) {
    Labels source = namesStimuli(y.rowIds()) ? y.rowIds() : x.rowIds();
    String[] out = new String[source.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.stimulus(i);
    }
    return List.of(out);
  }

  private static boolean namesStimuli(Labels rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.stimulus(i).equals(rows.get(i))) {
        return true;
      }
    }
    return false;
  }
}
