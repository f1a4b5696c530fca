package org.brainalign.api.matrix;

import org.brainalign.api.run.RunContext;

/**
 * A matrix that supplies the Gram matrix of its column-centred rows,
 * {@code Kc = (X − 1μᵀ)(X − 1μᵀ)ᵀ} {@code (rows × rows)}, μ the column means over all rows.
 *
 * <p>Computing it is where the time goes for wide layers (n²p multiply-adds, docs/method.md §2),
 * and it does not depend on the region, fold or metric: hosts compute it once per feature matrix
 * and cache it beside the features, and metrics that work through the Gram matrix ask for it
 * instead of computing their own, through {@link Matrix#suppliedGram()}. Implementations must
 * reject non-finite values with an
 * {@link org.brainalign.api.InvalidInputException} naming row and column.
 */
public interface CentredGram {

  /**
   * The centred Gram matrix, symmetric, {@code (rows × rows)}. May block while another thread or
   * process computes it.
   */
  DenseMatrix centredGram(RunContext context);

  /**
   * The arithmetic the Gram matrix is accumulated in: {@link GramPrecision#DOUBLE} (float64 panels,
   * the default) or {@link GramPrecision#SINGLE} (float32 panel products summed in float64, about
   * 1e-5 relative). A metric that needs another precision computes its own Gram matrix instead of
   * using this one ({@link Matrix#suppliedGram(GramPrecision)}).
   */
  default GramPrecision arithmetic() {
    return GramPrecision.DOUBLE;
  }

  /** {@link #arithmetic()}'s id, {@code "double"} or {@code "single"}, for summaries. */
  default String gramPrecision() {
    return arithmetic().id();
  }
}
