package org.brainalign.geometry.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.brainalign.api.matrix.CentredGram;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.geometry.gram.CentredGrams;

/**
 * Features that hand out their centred Gram matrix, as the host's cache does, and count the
 * requests and the feature elements read ({@link CountingMatrix#elementsRead()}, not counting the
 * Gram matrix it supplies): lets a metric test check that a supplied Gram matrix is used, once, with
 * the same result, and that the features were not read again for it.
 */
public final class SupplyingGram extends CountingMatrix implements CentredGram {
  private final DenseMatrix x;
  private final AtomicInteger requests = new AtomicInteger();

  public SupplyingGram(DenseMatrix x) {
    super(x);
    this.x = x;
  }

  /** How many times {@link #centredGram} was called. */
  public int requests() {
    return requests.get();
  }

  @Override
  public DenseMatrix centredGram(RunContext context) {
    requests.incrementAndGet();
    return CentredGrams.compute(LabelledMatrix.unlabelled("x", x), context);
  }
}
