package org.brainalign.support.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.split.Split;

/**
 * Shuffled k-fold over stimuli, not rows: when rows repeat stimuli (a dataset's
 * {@code repetitions=separate}), every row of a stimulus falls in the same fold, so no test row
 * shows an image the fit was trained on.
 *
 * <p>The distinct stimuli are numbered in order of first appearance, {@link KFold} (scikit-learn's
 * {@code KFold(n_splits=folds, shuffle=True, random_state=seed)}) splits those numbers, and every
 * row follows its stimulus. When every row shows a different stimulus the splits are exactly
 * {@code KFold.split(rows, folds, seed)}, bit for bit.
 */
public final class StimulusFolds {
  private final int[] stimulusOfRow; // per row: its stimulus, numbered by first appearance
  private final int stimuli;

  private StimulusFolds(int[] stimulusOfRow, int stimuli) {
    this.stimulusOfRow = stimulusOfRow;
    this.stimuli = stimuli;
  }

  /**
   * @param stimulusOfRow the stimulus each row shows; equal entries are repetitions of one stimulus
   */
  public static StimulusFolds of(List<String> stimulusOfRow) {
    Map<String, Integer> number = new HashMap<>();
    int[] of = new int[stimulusOfRow.size()];
    for (int r = 0; r < of.length; r++) {
      of[r] = number.computeIfAbsent(stimulusOfRow.get(r), k -> number.size());
    }
    return new StimulusFolds(of, number.size());
  }

  public int rows() {
    return stimulusOfRow.length;
  }

  /** Number of distinct stimuli. */
  public int stimuli() {
    return stimuli;
  }

  /** Whether some stimulus has more than one row. */
  public boolean repeats() {
    return stimuli < stimulusOfRow.length;
  }

  /** For summaries: {@code "120 stimuli (360 rows)"}, or {@code "120 stimuli"} without repeats. */
  public String describe() {
    return stimuli + " stimuli" + (repeats() ? " (" + rows() + " rows)" : "");
  }

  /**
   * @param folds number of folds, in [2, {@link #stimuli()}]
   * @param seed numpy seed in {@code [0, 2^32)}
   * @return one split per fold, rows ascending; test rows of fold f are the rows of the stimuli
   *     in fold f of {@code KFold.split(stimuli(), folds, seed)}
   * @throws InvalidOptionException when {@code folds} is below 2 or above the distinct stimuli
   */
  public List<Split> split(int folds, long seed) {
    if (repeats() && folds > stimuli) {
      throw new InvalidOptionException("folds must be at most the number of distinct stimuli ("
          + stimuli + "; the " + rows() + " rows repeat them, and all rows of a stimulus stay in "
          + "one fold), found " + folds + "; use at most " + stimuli + " folds");
    }
    List<Split> byStimulus = KFold.split(stimuli, folds, seed);
    if (!repeats()) {
      return byStimulus;
    }
    List<Split> out = new ArrayList<>(folds);
    for (Split s : byStimulus) {
      boolean[] isTest = new boolean[stimuli];
      for (int t : s.test()) {
        isTest[t] = true;
      }
      int nTest = 0;
      for (int g : stimulusOfRow) {
        nTest += isTest[g] ? 1 : 0;
      }
      int[] train = new int[rows() - nTest];
      int[] test = new int[nTest];
      int a = 0;
      int b = 0;
      for (int r = 0; r < rows(); r++) {
        if (isTest[stimulusOfRow[r]]) {
          test[b++] = r;
        } else {
          train[a++] = r;
        }
      }
      out.add(new Split(train, test));
    }
    return out;
  }
}
