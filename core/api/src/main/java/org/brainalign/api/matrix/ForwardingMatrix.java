package org.brainalign.api.matrix;

/**
 * A {@link Matrix} that hands every read to another one, so the wrapped matrix's fast paths stay in
 * use; extend it and add what differs, e.g. a supplied centred Gram matrix ({@link CentredGram}),
 * or override a read to count or fail it.
 */
public abstract class ForwardingMatrix implements Matrix {
  private final Matrix data;

  /** @param data the matrix every read comes from, {@code (rows × columns)} */
  protected ForwardingMatrix(Matrix data) {
    this.data = data;
  }

  @Override
  public int rows() {
    return data.rows();
  }

  @Override
  public int columns() {
    return data.columns();
  }

  @Override
  public void readRows(int from, int to, double[] dst) {
    data.readRows(from, to, dst);
  }

  @Override
  public void readRows(int from, int to, float[] dst) {
    data.readRows(from, to, dst);
  }

  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, double[] dst) {
    data.readBlock(rowFrom, rowTo, colFrom, colTo, dst);
  }

  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, float[] dst) {
    data.readBlock(rowFrom, rowTo, colFrom, colTo, dst);
  }
}
