package org.brainalign.geometry.gram;

import org.brainalign.api.matrix.CentredGram;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.run.RunContext;

/**
 * The Gram matrix of column-centred rows, {@code Kc = (X − 1μᵀ)(X − 1μᵀ)ᵀ}, taken from the matrix
 * when it supplies one ({@link CentredGram}, computed once and cached by the host) or computed here
 * with one pass for the column means (checking every value is finite) and one panelled syrk pass, in
 * double or single precision ({@link GramPrecision}).
 */
public final class CentredGrams {
  private CentredGrams() {}

  /** Kc for all rows of {@code m}, symmetric {@code (n × n)}, in a plain array, in double. */
  public static double[] of(LabelledMatrix m, RunContext context) {
    return of(m, context, GramPrecision.DOUBLE);
  }

  /**
   * Kc in the requested precision: the host's ({@link CentredGram}) when its
   * {@link CentredGram#arithmetic()} is the one requested, else computed here.
   */
  public static double[] of(LabelledMatrix m, RunContext context, GramPrecision precision) {
    return m.data().suppliedGram(precision).map(g -> g.centredGram(context).data())
        .orElseGet(() -> compute(m, context, precision).data());
  }

  /** Computes Kc in double, whatever the matrix supplies. */
  public static DenseMatrix compute(LabelledMatrix m, RunContext context) {
    return compute(m, context, GramPrecision.DOUBLE);
  }

  /** Computes Kc in the given precision, whatever the matrix supplies. */
  public static DenseMatrix compute(LabelledMatrix m, RunContext context, GramPrecision precision) {
    ColumnStats all = ColumnStats.of(m.data(), null, false, m.name());
    int n = m.rows();
    return new DenseMatrix(n, n, PanelGram.compute(m.data(), all.mean(), null, context,
        "gram " + m.name(), precision));
  }
}
