package org.brainalign.api.matrix;

/** Labels generated from a prefix and an index. */
record RangeLabels(String prefix, int size) implements Labels {

  RangeLabels {
    if (size < 0) {
      throw new IllegalArgumentException("negative label count " + size);
    }
  }

  @Override
  public String get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return prefix + index;
  }
}
