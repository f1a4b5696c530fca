package org.brainalign.api.split;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;

/**
 * One train/test split of the rows (stimuli) of a pair of representations.
 *
 * @param train 0-based training rows, ascending
 * @param test 0-based test rows, ascending
 */
public record Split(int[] train, int[] test) {

  public Split {
    train = train.clone();
    test = test.clone();
    Arrays.sort(train);
    Arrays.sort(test);
  }

  /**
   * Checks the split against {@code n} rows: non-empty, in range, no repeats, train and test disjoint.
   *
   * @param source where the indices came from, for the message
   * @throws InvalidInputException naming the first offending index
   */
  public void validate(int n, String source) {
    check(train, n, source, "train");
    check(test, n, source, "test");
    int i = 0;
    int j = 0;
    while (i < train.length && j < test.length) {
      if (train[i] == test[j]) {
        throw InvalidInputException.of(source, "train and test rows that do not overlap",
            "row " + train[i] + " in both", "Remove the row from one of the index files.");
      }
      if (train[i] < test[j]) {
        i++;
      } else {
        j++;
      }
    }
  }

  /**
   * Checks that no stimulus has rows in both train and test: with repetitions kept as rows, a
   * repeat of a training image in the test rows is a leak (the model has seen that image).
   *
   * @param stimulusOfRow the stimulus each row shows (rows with equal entries repeat one stimulus)
   * @param source where the split came from, for the message
   * @throws InvalidInputException naming the stimulus and one train and one test row of it
   */
  public void requireStimuliApart(List<String> stimulusOfRow, String source) {
    Map<String, Integer> trainRow = new HashMap<>();
    for (int r : train) {
      trainRow.putIfAbsent(stimulusOfRow.get(r), r);
    }
    for (int r : test) {
      Integer other = trainRow.get(stimulusOfRow.get(r));
      if (other != null) {
        throw InvalidInputException.of(source, "every stimulus's rows on one side, train or test",
            "stimulus '" + stimulusOfRow.get(r) + "' in train row " + other + " and test row " + r,
            "Put all rows (repetitions) of a stimulus in the same index file; otherwise the test "
                + "scores a stimulus the fit has seen.");
      }
    }
  }

  private static void check(int[] rows, int n, String source, String which) {
    if (rows.length == 0) {
      throw InvalidInputException.of(source, "at least one " + which + " row", "none",
          "List 0-based row numbers, one per line.");
    }
    if (rows[0] < 0 || rows[rows.length - 1] >= n) {
      int bad = rows[0] < 0 ? rows[0] : rows[rows.length - 1];
      throw InvalidInputException.of(source, which + " rows in [0, " + (n - 1) + "] (0-based, "
          + n + " stimuli)", "row " + bad, "Row numbers are 0-based and must be below " + n + ".");
    }
    for (int k = 1; k < rows.length; k++) {
      if (rows[k] == rows[k - 1]) {
        throw InvalidInputException.of(source, "each " + which + " row once",
            "row " + rows[k] + " repeated", "Remove the duplicate line.");
      }
    }
  }

  /** Number of rows in the split (train plus test). */
  public int size() {
    return train.length + test.length;
  }
}
