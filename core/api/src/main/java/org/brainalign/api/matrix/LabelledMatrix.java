package org.brainalign.api.matrix;

import java.util.Objects;
import org.brainalign.api.InvalidInputException;

/**
 * A representation: a matrix {@code (nStimuli × nUnits)} with stimulus ids for rows and unit or voxel
 * ids for columns.
 *
 * @param name where it came from (a file, "ResNet50 layer3"), used in messages and provenance
 * @param data the values
 * @param rowIds stimulus ids, one per row
 * @param columnIds unit or voxel ids, one per column
 */
public record LabelledMatrix(String name, Matrix data, Labels rowIds, Labels columnIds) {

  public LabelledMatrix {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(rowIds, "rowIds");
    Objects.requireNonNull(columnIds, "columnIds");
    if (rowIds.size() != data.rows()) {
      throw new IllegalArgumentException(name + ": " + data.rows() + " rows but " + rowIds.size()
          + " row ids");
    }
    if (columnIds.size() != data.columns()) {
      throw new IllegalArgumentException(name + ": " + data.columns() + " columns but "
          + columnIds.size() + " column ids");
    }
  }

  /** Rows labelled {@code 0 … n-1} and columns {@code 0 … p-1}. */
  public static LabelledMatrix unlabelled(String name, Matrix data) {
    return new LabelledMatrix(name, data, Labels.range("", data.rows()), Labels.range("", data.columns()));
  }

  public int rows() {
    return data.rows();
  }

  public int columns() {
    return data.columns();
  }

  /**
   * Checks that {@code other} has the same stimuli in the same order.
   *
   * @throws InvalidInputException naming both inputs, the counts or the first differing row
   */
  public void requireSameRows(LabelledMatrix other) {
    if (rows() != other.rows()) {
      throw InvalidInputException.of(name + " and " + other.name,
          "the same number of rows (stimuli)", rows() + " and " + other.rows() + " rows",
          "Give both representations the same stimuli in the same order.");
    }
    int diff = rowIds.firstDifference(other.rowIds);
    if (diff >= 0) {
      throw InvalidInputException.of(name + " and " + other.name,
          "the same stimulus in every row", "row " + diff + " is '" + rowIds.get(diff)
              + "' in the first and '" + other.rowIds.get(diff) + "' in the second",
          "Reorder one input so that row i is the same stimulus in both.");
    }
  }
}
