package org.brainalign.api.split;

import java.util.Arrays;
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
