package org.brainalign.api.matrix;

/**
 * A skeletal {@link Matrix} whose shape, {@code (rows × columns)}, is fixed when it is built and
 * whose reads all go through {@link #readBlock}: a subclass gives the block reads (over an array, a
 * mapped file, an HDF5 dataset or a view of another matrix), and a run of whole rows is read as the
 * block of every column. A subclass with a faster path for whole rows overrides {@link #readRows}.
 */
public abstract class AbstractMatrix implements Matrix {
  private final int rows;
  private final int columns;

  /**
   * @param rows number of rows, {@code >= 0}
   * @param columns number of columns, {@code >= 0}
   * @throws IllegalArgumentException when either is negative
   */
  protected AbstractMatrix(int rows, int columns) {
    if (rows < 0 || columns < 0) {
      throw new IllegalArgumentException("negative shape " + rows + " × " + columns);
    }
    this.rows = rows;
    this.columns = columns;
  }

  /**
   * Checks that a backing array holds exactly one value per element.
   *
   * @param length the number of values given, in row-major order
   * @throws IllegalArgumentException when {@code length} is not {@code rows × columns}
   */
  protected final void requireValues(int length) {
    if ((long) rows * columns != length) {
      throw new IllegalArgumentException("shape " + rows + " × " + columns + " needs "
          + (long) rows * columns + " values, found " + length);
    }
  }

  @Override
  public final int rows() {
    return rows;
  }

  @Override
  public final int columns() {
    return columns;
  }

  @Override
  public void readRows(int from, int to, double[] dst) {
    readBlock(from, to, 0, columns, dst);
  }

  @Override
  public void readRows(int from, int to, float[] dst) {
    readBlock(from, to, 0, columns, dst);
  }

  @Override
  public abstract void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, double[] dst);
}
