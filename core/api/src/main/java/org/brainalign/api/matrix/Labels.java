package org.brainalign.api.matrix;

import java.util.List;

/**
 * Identifiers of a matrix's rows (stimuli) or columns (units, voxels). Generated labels are computed
 * on demand so that 800,000 unit ids cost nothing.
 */
public interface Labels {

  int size();

  String get(int index);

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

  /** Whether both label the same items in the same order. */
  default boolean sameAs(Labels other) {
    if (size() != other.size()) {
      return false;
    }
    for (int i = 0; i < size(); i++) {
      if (!get(i).equals(other.get(i))) {
        return false;
      }
    }
    return true;
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
