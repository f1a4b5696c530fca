package org.brainalign.api.matrix;

import java.util.List;

/**
 * Identifiers of a matrix's rows (stimuli) or columns (units, voxels). Generated labels are computed
 * on demand so that 800,000 unit ids cost nothing.
 *
 * <p>Row labels also say which stimulus each row shows ({@link #stimulus}): each row its own unless
 * the rows are presentations that repeat stimuli ({@link #presentations}, e.g. a dataset's
 * {@code repetitions=separate}). Cross-validation keeps every row of a stimulus in one fold.
 */
public interface Labels {

  int size();

  String get(int index);

  /**
   * The stimulus shown in row {@code index}: the id itself, unless these are
   * {@linkplain #presentations presentations} of repeated stimuli.
   */
  default String stimulus(int index) {
    return get(index);
  }

  /**
   * Row labels of presentations: row i has id {@code ids.get(i)} (unique, e.g. {@code "2950#1"})
   * and shows stimulus {@code stimuli.get(i)} ({@code "2950"}), which other rows may show too.
   *
   * @throws IllegalArgumentException when the lists differ in length
   */
  static Labels presentations(List<String> ids, List<String> stimuli) {
    return new PresentationLabels(ids, stimuli);
  }

  /** Labels {@code prefix + 0 … prefix + (n-1)}. */
  static Labels range(String prefix, int n) {
    return new RangeLabels(prefix, n);
  }

  /** Explicit labels (copied). */
  static Labels of(List<String> ids) {
    List<String> copy = List.copyOf(ids);
    return new Labels() {
      @Override
      public int size() {
        return copy.size();
      }

      @Override
      public String get(int index) {
        return copy.get(index);
      }
    };
  }

  /** The first index at which the labels differ from {@code other}, or -1. */
  default int firstDifference(Labels other) {
    int n = Math.min(size(), other.size());
    for (int i = 0; i < n; i++) {
      if (!get(i).equals(other.get(i))) {
        return i;
      }
    }
    return size() == other.size() ? -1 : n;
  }
}
