package org.brainalign.geometry.gram;

/** An in-place change to a block of rows before it enters a Gram matrix (centring, scaling). */
@FunctionalInterface
public interface RowTransform {

  /**
   * @param block row-major values {@code (rows × columns)}, changed in place
   * @param firstRow position of the block's first row among the selected rows
   */
  void apply(double[] block, int rows, int columns, int firstRow);

  /** Leaves rows unchanged. */
  RowTransform NONE = (block, rows, columns, firstRow) -> { };
}
