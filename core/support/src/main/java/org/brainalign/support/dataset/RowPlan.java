package org.brainalign.support.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.brainalign.api.matrix.Labels;

/**
 * Which presentations (trials, response rows) feed which row of a response matrix, the row rule
 * the {@code nsd} and {@code folder} datasets share ({@link Repetitions}).
 *
 * <p>{@link Repetitions#MEAN}: one row per stimulus shown, in ascending stimulus index, averaging
 * its presentations; row id = the stimulus id. {@link Repetitions#SEPARATE}: one row per
 * presentation in presentation order, row id {@code <stimulus>#<repetition>}. A stimulus is an
 * index {@code >= 0} whose id the dataset knows (a 73k id, a position in a stimulus set).
 */
public final class RowPlan {
  private final Repetitions repetitions;
  private final int[] shown; // per presentation, its stimulus
  private final int[] repetition; // per presentation
  private final int[] session; // per presentation, its 0-based session
  private final int[][] groups; // per row, its presentations, ascending
  private final int[] rowOf; // per presentation, its row

  private RowPlan(Repetitions repetitions, int[] shown, int[] repetition, int[] session,
      int[][] groups, int[] rowOf) {
    this.repetitions = repetitions;
    this.shown = shown;
    this.repetition = repetition;
    this.session = session;
    this.groups = groups;
    this.rowOf = rowOf;
  }

  /**
   * Plans the rows of {@code n} presentations.
   *
   * @param shown the stimulus of each presentation, in presentation order {@code (n)}, each
   *     {@code >= 0}
   * @param repetition per presentation, the earlier presentations of its stimulus
   *     ({@link Repetitions#earlier} of {@code shown}, or counted over a longer experiment)
   *     {@code (n)}
   * @param session the 0-based session of each presentation {@code (n)}
   */
  public static RowPlan of(int[] shown, int[] repetition, int[] session, Repetitions repetitions) {
    int n = shown.length;
    int[] rowOf = new int[n];
    int[][] groups;
    if (repetitions == Repetitions.SEPARATE) {
      groups = new int[n][];
      for (int t = 0; t < n; t++) {
        groups[t] = new int[] {t};
        rowOf[t] = t;
      }
    } else {
      TreeMap<Integer, List<Integer>> byStimulus = new TreeMap<>();
      for (int t = 0; t < n; t++) {
        byStimulus.computeIfAbsent(shown[t], k -> new ArrayList<>()).add(t);
      }
      groups = new int[byStimulus.size()][];
      int r = 0;
      for (List<Integer> g : byStimulus.values()) {
        groups[r] = g.stream().mapToInt(Integer::intValue).toArray();
        for (int t : groups[r]) {
          rowOf[t] = r;
        }
        r++;
      }
    }
    return new RowPlan(repetitions, shown.clone(), repetition.clone(), session.clone(), groups,
        rowOf);
  }

  /** Whether each presentation is a row ({@link Repetitions#SEPARATE}). */
  public boolean separate() {
    return repetitions == Repetitions.SEPARATE;
  }

  /** The number of rows. */
  public int rows() {
    return groups.length;
  }

  /** The number of presentations. */
  public int presentations() {
    return shown.length;
  }

  /** The stimulus of row {@code row}. */
  public int stimulus(int row) {
    return shown[groups[row][0]];
  }

  /** Row {@code row}'s repetition number under {@link Repetitions#SEPARATE}. */
  public int repetition(int row) {
    return repetition[groups[row][0]];
  }

  /** The row fed by presentation {@code t}. */
  public int row(int t) {
    return rowOf[t];
  }

  /** Per row, the presentations averaged into it, ascending; not to be modified. */
  public int[][] groups() {
    return groups;
  }

  /** How many presentations are averaged into each row {@code (rows)}. */
  public int[] counts() {
    int[] counts = new int[groups.length];
    for (int r = 0; r < counts.length; r++) {
      counts[r] = groups[r].length;
    }
    return counts;
  }

  /** The 0-based session of each presentation {@code (presentations)}; not to be modified. */
  public int[] session() {
    return session;
  }

  /** The id of row {@code row}: the stimulus's id, or {@code <id>#<repetition>}. */
  public String rowId(int row, IntFunction<String> stimulusId) {
    String id = stimulusId.apply(stimulus(row));
    return separate() ? Repetitions.rowId(id, repetition(row)) : id;
  }

  /** Every row's id, as {@link #rowId}. */
  public List<String> rowIds(IntFunction<String> stimulusId) {
    List<String> ids = new ArrayList<>(rows());
    for (int r = 0; r < rows(); r++) {
      ids.add(rowId(r, stimulusId));
    }
    return ids;
  }

  /**
   * The row labels; with repetitions separate, {@linkplain Labels#presentations presentations} of
   * their stimuli ({@code "a.png#1"} shows {@code "a.png"}), so that folds keep a stimulus's rows
   * together.
   */
  public Labels labels(IntFunction<String> stimulusId) {
    List<String> stimuli = new ArrayList<>(rows());
    for (int r = 0; r < rows(); r++) {
      stimuli.add(stimulusId.apply(stimulus(r)));
    }
    return repetitions.labels(rowIds(stimulusId), stimuli);
  }
}
