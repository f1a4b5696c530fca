package org.brainalign.api.metric;

import java.util.List;
import java.util.Objects;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.split.Split;

/**
 * Two representations of the same stimuli, optionally the train/test splits to use and the noise
 * ceiling of each response column.
 *
 * @param x model features {@code (nStimuli × p)}
 * @param y brain responses {@code (nStimuli × q)}, same stimuli in the same order as {@code x}
 * @param splits explicit splits, or empty to let the metric use its own cross-validation options;
 *     none may put rows of one stimulus (see {@link #rowStimuli}) in both train and test
 * @param ceilings the noise ceiling of each column of {@code y}, size {@code q}: the fraction of the
 *     column's variance that is explainable (signal), in {@code [0, 1]}, for responses averaged over
 *     as many trials as y's rows are (NaN where unknown for a column); null when no ceiling is
 *     known. Metrics that can normalise a voxel score by its ceiling do so where it is given (e.g.
 *     {@code score_ceiled}); the others ignore it.
 */
public record AlignmentInput(LabelledMatrix x, LabelledMatrix y, List<Split> splits,
    double[] ceilings) {

  /**
   * @throws IllegalArgumentException when the rows differ, a split is out of range or splits a
   *     stimulus, or {@code ceilings} is not one value in {@code [0, 1]} (or NaN) per column of y
   */
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
    ceilings = ceilings == null ? null : requireCeilings(ceilings.clone(), y);
  }

  /** Input without a known noise ceiling. */
  public AlignmentInput(LabelledMatrix x, LabelledMatrix y, List<Split> splits) {
    this(x, y, splits, null);
  }

  /** Input without explicit splits. */
  public static AlignmentInput of(LabelledMatrix x, LabelledMatrix y) {
    return new AlignmentInput(x, y, List.of());
  }

  /**
   * Input without explicit splits, with the noise ceiling of each column of y.
   *
   * @param ceilings size {@code q}, each in {@code [0, 1]} or NaN; null when unknown
   */
  public static AlignmentInput of(LabelledMatrix x, LabelledMatrix y, double[] ceilings) {
    return new AlignmentInput(x, y, List.of(), ceilings);
  }

  /** This input with the given ceilings (null: none). */
  public AlignmentInput withCeilings(double[] ceilings) {
    return new AlignmentInput(x, y, splits, ceilings);
  }

  /** A copy of the ceilings, or null when none is known. */
  @Override
  public double[] ceilings() {
    return ceilings == null ? null : ceilings.clone();
  }

  /** Whether a noise ceiling is known for y's columns. */
  public boolean hasCeilings() {
    return ceilings != null;
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

  private static double[] requireCeilings(double[] c, LabelledMatrix y) {
    if (c.length != y.columns()) {
      throw new IllegalArgumentException("one noise ceiling per column of " + y.name()
          + " expected: " + y.columns() + " columns, " + c.length + " ceilings");
    }
    for (int j = 0; j < c.length; j++) {
      if (c[j] < 0 || c[j] > 1) {
        throw new IllegalArgumentException("noise ceilings are fractions in [0, 1] (or NaN), found "
            + c[j] + " for column " + j + " ('" + y.columnIds().get(j) + "') of " + y.name());
      }
    }
    return c;
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
