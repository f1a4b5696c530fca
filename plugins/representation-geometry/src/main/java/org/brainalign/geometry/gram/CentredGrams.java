package org.brainalign.geometry.gram;

import org.brainalign.api.matrix.CentredGram;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.run.RunContext;

/**
 * The Gram matrix of column-centred rows, {@code Kc = (X − 1μᵀ)(X − 1μᵀ)ᵀ}, taken from the matrix
 * when it supplies one ({@link CentredGram}, computed once and cached by the host) or computed here
 * with one pass for the column means (checking every value is finite) and one panelled dsyrk pass.
 */
public final class CentredGrams {
  private CentredGrams() {}

  /** Kc for all rows of {@code m}, symmetric {@code (n × n)}, in a plain array. */
  public static double[] of(LabelledMatrix m, RunContext context) {
    if (m.data() instanceof CentredGram supplied) {
      return supplied.centredGram(context).data();
    }
    return compute(m, context).data();
  }

  /** Computes Kc, whatever the matrix supplies. */
  public static DenseMatrix compute(LabelledMatrix m, RunContext context) {
    ColumnStats all = ColumnStats.of(m.data(), null, false, m.name());
    int n = m.rows();
    return new DenseMatrix(n, n, PanelGram.compute(m.data(), all.mean(), null, context,
        "gram " + m.name()));
  }
}
