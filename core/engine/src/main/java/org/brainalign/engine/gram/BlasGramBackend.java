package org.brainalign.engine.gram;

import org.brainalign.api.compute.GramBackend;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.geometry.gram.CentredGrams;

/**
 * The built-in Gram backend: one pass for the column means (checking every value is finite), then
 * column panels multiplied with OpenBLAS dsyrk (double) or ssyrk summed in float64 (single), on the
 * CPU ({@link org.brainalign.geometry.gram.PanelGram}).
 *
 * @param arithmetic the precision of the panel products
 */
public record BlasGramBackend(GramPrecision arithmetic) implements GramBackend {
  /** The id of the built-in backend, in study files and listings. */
  public static final String ID = "blas";

  public BlasGramBackend {
    if (arithmetic == null) {
      throw new IllegalArgumentException("arithmetic must not be null");
    }
  }

  @Override
  public DenseMatrix centredGram(Matrix x, String label, RunContext context) {
    return CentredGrams.compute(LabelledMatrix.unlabelled(label, x), context, arithmetic);
  }

  @Override
  public String describe() {
    return ID + " (OpenBLAS " + (arithmetic == GramPrecision.SINGLE ? "ssyrk" : "dsyrk")
        + " on the CPU)";
  }
}
