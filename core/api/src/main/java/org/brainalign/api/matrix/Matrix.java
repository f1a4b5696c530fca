package org.brainalign.api.matrix;

/**
 * A read-only numeric matrix, {@code (rows × columns)}, read in blocks of whole rows.
 *
 * <p>Implementations may live on the heap ({@link DenseMatrix}) or on disk (memory-mapped feature
 * stores), so callers stream row blocks instead of asking for the whole array.
 */
public interface Matrix {

  int rows();

  int columns();

  /**
   * Copies rows {@code [from, to)} into {@code dst} in row-major order starting at index 0.
   *
   * @param dst an array of at least {@code (to - from) * columns()} elements
   */
  void readRows(int from, int to, double[] dst);

  /** Single-precision variant of {@link #readRows(int, int, double[])}. */
  default void readRows(int from, int to, float[] dst) {
    int cols = columns();
    double[] row = new double[cols];
    for (int r = from; r < to; r++) {
      readRows(r, r + 1, row);
      int base = (r - from) * cols;
      for (int c = 0; c < cols; c++) {
        dst[base + c] = (float) row[c];
      }
    }
  }

  /**
   * Copies the block {@code [rowFrom, rowTo) × [colFrom, colTo)} into {@code dst}, row-major, so that
   * column panels of a wide matrix can be streamed without reading whole rows.
   */
  default void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, double[] dst) {
    int cols = columns();
    int width = colTo - colFrom;
    double[] row = new double[cols];
    for (int r = rowFrom; r < rowTo; r++) {
      readRows(r, r + 1, row);
      System.arraycopy(row, colFrom, dst, (r - rowFrom) * width, width);
    }
  }

  /**
   * Single-precision variant of {@link #readBlock(int, int, int, int, double[])}: the block
   * {@code [rowFrom, rowTo) × [colFrom, colTo)} rounded to float, row-major, from index 0. Stores
   * of float32 data override it to copy without widening (the float32 Gram route,
   * docs/method.md §2).
   *
   * @param dst an array of at least {@code (rowTo - rowFrom) * (colTo - colFrom)} elements
   */
  default void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, float[] dst) {
    int width = colTo - colFrom;
    double[] row = new double[width];
    for (int r = rowFrom; r < rowTo; r++) {
      readBlock(r, r + 1, colFrom, colTo, row);
      int base = (r - rowFrom) * width;
      for (int c = 0; c < width; c++) {
        dst[base + c] = (float) row[c];
      }
    }
  }

  /** One element. Slow for on-disk matrices; prefer {@link #readRows}. */
  default double get(int row, int column) {
    double[] buf = new double[columns()];
    readRows(row, row + 1, buf);
    return buf[column];
  }

  /** Number of elements as a long (may exceed an int for on-disk matrices). */
  default long size() {
    return (long) rows() * columns();
  }

  /**
   * The centred Gram matrix of these rows when the host supplies one (computed once per feature
   * matrix and cached, docs/method.md §2), else empty. A metric that works through the Gram matrix
   * asks here instead of computing its own. The default offers the matrix itself when it is a
   * {@link CentredGram}; a view that keeps every row of another matrix may forward its supply.
   */
  default java.util.Optional<CentredGram> suppliedGram() {
    return this instanceof CentredGram g ? java.util.Optional.of(g) : java.util.Optional.empty();
  }

  /**
   * {@link #suppliedGram()} when it was accumulated in {@code precision}, else empty (the metric then
   * computes its own in that precision).
   */
  default java.util.Optional<CentredGram> suppliedGram(GramPrecision precision) {
    return suppliedGram().filter(g -> g.arithmetic() == precision);
  }

  /** The whole matrix on the heap, in double precision. */
  default DenseMatrix toDense() {
    long n = size();
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException(rows() + " × " + columns() + " is too large for one heap "
          + "array; read it in row blocks instead");
    }
    double[] data = new double[(int) n];
    readRows(0, rows(), data);
    return new DenseMatrix(rows(), columns(), data);
  }
}
