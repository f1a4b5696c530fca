package org.brainalign.support.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.split.Split;

/**
 * Shuffled k-fold cross-validation, identical to scikit-learn's
 * {@code KFold(n_splits=folds, shuffle=True, random_state=seed)}: rows are permuted by numpy's
 * {@code RandomState(seed)}, the first {@code n % folds} folds get one extra row, and each fold in
 * turn is the test set.
 *
 * <p>This splits rows. A metric's own folds go through {@link StimulusFolds}, which applies this to
 * the distinct stimuli so that rows repeating a stimulus stay together (and equals this when every
 * row is a different stimulus).
 */
public final class KFold {
  private KFold() {}

  /**
   * @param n number of rows, at least {@code folds}
   * @param folds number of folds, at least 2
   * @param seed numpy seed in {@code [0, 2^32)}
   * @throws InvalidOptionException when {@code folds} is below 2 or above {@code n}
   */
  public static List<Split> split(int n, int folds, long seed) {
    if (folds < 2) {
      throw new InvalidOptionException("folds must be at least 2, found " + folds
          + "; use --train-index/--test-index for a single split");
    }
    if (folds > n) {
      throw new InvalidOptionException("folds must be at most the number of stimuli (" + n
          + "), found " + folds + "; use fewer folds");
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    new NumpyRandom(seed).shuffle(order);
    List<Split> out = new ArrayList<>(folds);
    int start = 0;
    for (int f = 0; f < folds; f++) {
      int size = n / folds + (f < n % folds ? 1 : 0);
      int[] test = Arrays.copyOfRange(order, start, start + size);
      boolean[] isTest = new boolean[n];
      for (int t : test) {
        isTest[t] = true;
      }
      int[] train = new int[n - size];
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (!isTest[i]) {
          train[k++] = i;
        }
      }
      out.add(new Split(train, test));
      start += size;
    }
    return out;
  }
}
