package org.brainalign.geometry.testing;

import java.util.concurrent.atomic.AtomicLong;
import org.brainalign.api.matrix.ForwardingMatrix;
import org.brainalign.api.matrix.Matrix;

/**
 * A {@link Matrix} that counts the elements read through it, to check which route a metric took and
 * how many passes it made over the features (elements read / (rows × columns)) without timing
 * anything. Every read method is delegated, so the wrapped matrix's fast paths stay in use.
 */
public class CountingMatrix extends ForwardingMatrix {
  private final Matrix data;
  private final AtomicLong elements = new AtomicLong();

  public CountingMatrix(Matrix data) {
    super(data);
    this.data = data;
  }

  /** Elements read so far. */
  public long elementsRead() {
    return elements.get();
  }

  /** Elements read so far, in whole-matrix passes (may be fractional). */
  public double passes() {
    return (double) elements.get() / size();
  }

  /** Starts counting again from zero. */
  public void reset() {
    elements.set(0);
  }

  @Override
  public void readRows(int from, int to, double[] dst) {
    elements.addAndGet((long) (to - from) * columns());
    super.readRows(from, to, dst);
  }

  @Override
  public void readRows(int from, int to, float[] dst) {
    elements.addAndGet((long) (to - from) * columns());
    super.readRows(from, to, dst);
  }

  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, double[] dst) {
    elements.addAndGet((long) (rowTo - rowFrom) * (colTo - colFrom));
    super.readBlock(rowFrom, rowTo, colFrom, colTo, dst);
  }

  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, float[] dst) {
    elements.addAndGet((long) (rowTo - rowFrom) * (colTo - colFrom));
    super.readBlock(rowFrom, rowTo, colFrom, colTo, dst);
  }

  @Override
  public String toString() {
    return "counting " + data;
  }
}
