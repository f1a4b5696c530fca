package org.brainalign.geometry.testing;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.brainalign.api.matrix.CentredGram;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.geometry.gram.CentredGrams;

/**
 * Features that hand out their centred Gram matrix, as the host's cache does, and count the
 * requests and the feature elements read: lets a metric test check that a supplied Gram matrix is
 * used, once, with the same result, and that the features were not read again for it.
 */
public final class SupplyingGram implements Matrix, CentredGram {
  private final DenseMatrix x;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicLong elements = new AtomicLong();

  public SupplyingGram(DenseMatrix x) {
    this.x = x;
  }

  /** How many times {@link #centredGram} was called. */
  public int requests() {
    return requests.get();
  }

  /** Feature elements read through this matrix (not counting the Gram matrix it supplies). */
  public long elementsRead() {
    return elements.get();
  }

  @Override
  public DenseMatrix centredGram(RunContext context) {
    requests.incrementAndGet();
    return CentredGrams.compute(LabelledMatrix.unlabelled("x", x), context);
  }

  @Override
  public int rows() {
    return x.rows();
  }

  @Override
  public int columns() {
    return x.columns();
  }

  @Override
  public void readRows(int from, int to, double[] dst) {
    elements.addAndGet((long) (to - from) * x.columns());
    x.readRows(from, to, dst);
  }
}
