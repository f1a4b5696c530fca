package org.brainalign.api.compute;

import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.RunContext;

/**
 * Computes the centred Gram matrix {@code Kc = (X − 1μᵀ)(X − 1μᵀ)ᵀ} {@code (rows × rows)} of a
 * feature matrix X {@code (rows × columns)}, μ its column means over all rows (docs/method.md §2:
 * the n²p multiply-adds where the time of wide layers goes).
 *
 * <p>The host's built-in backend ({@code blas}) multiplies column panels with OpenBLAS syrk on the
 * CPU; plugins may supply others (e.g. {@code torch}: DJL/libtorch, on a GPU when one is
 * configured). A backend streams column panels of X ({@link Matrix#readBlock}) so that one
 * {@code (rows × panel)} block is in memory at a time, sized from {@link RunContext#memoryBudget()}.
 * Implementations are immutable and safe to call from several threads.
 */
public interface GramBackend {

  /**
   * The centred Gram matrix of {@code x}, symmetric, {@code (rows × rows)}.
   *
   * @param x the features (rows = stimuli), read in column panels
   * @param label names the matrix in progress lines and messages, e.g. {@code "layer3"}
   * @throws org.brainalign.api.InvalidInputException when a value of {@code x} is NaN or ±Inf,
   *     naming its row and column
   */
  DenseMatrix centredGram(Matrix x, String label, RunContext context);

  /**
   * The arithmetic of the panel products, as
   * {@link org.brainalign.api.matrix.CentredGram#arithmetic()} reports it: double (float64) or
   * single (float32 products summed in float64).
   */
  GramPrecision arithmetic();

  /** {@link #arithmetic()}'s id, {@code "double"} or {@code "single"}, for listings. */
  default String precision() {
    return arithmetic().id();
  }

  /** One line saying what computes the Gram matrix and where, e.g. {@code "torch on gpu(0)"}. */
  String describe();
}
