package org.brainalign.plugins.crossdecomposition;

import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.brainalign.geometry.gram.ColumnStats;

/** A side used through its features: A = Z_tr (centred, optionally scaled), t = Z_te. */
final class PrimalSide implements Side {
  private final Matrix data;
  private final boolean scale;
  private final String name;

  private PrimalSide(Matrix data, boolean scale, String name) {
    this.data = data;
    this.scale = scale;
    this.name = name;
  }

  static PrimalSide of(LabelledMatrix m, boolean scale) {
    long bytes = m.data().size() * 8L;
    if (bytes > Integer.MAX_VALUE - 8L) {
      throw InvalidInputException.of(m.name(), "a matrix small enough for the primal route",
          m.rows() + " × " + m.columns(), "Use route=dual (or route=auto) for wide matrices.");
    }
    // Non-finite values are rejected here, once.
    ColumnStats.of(m.data(), null, false, m.name());
    return new PrimalSide(m.data().toDense(), scale, m.name());
  }

  @Override
  public Route route() {
    return Route.PRIMAL;
  }

  @Override
  public Factor factor(Split split, RunContext context) {
    ColumnStats stats = ColumnStats.of(data, split.train(), scale, name);
    return new Factor(block(split.train(), stats), block(split.test(), stats), 0);
  }

  private ColumnMajor block(int[] rows, ColumnStats stats) {
    int p = data.columns();
    ColumnMajor out = ColumnMajor.zeros(rows.length, p);
    double[] a = out.a();
    double[] row = new double[p];
    int n = rows.length;
    for (int i = 0; i < n; i++) {
      data.readRows(rows[i], rows[i] + 1, row);
      for (int c = 0; c < p; c++) {
        double v = row[c] - stats.mean()[c];
        a[i + c * n] = stats.std() == null ? v : v / stats.std()[c];
      }
    }
    return out;
  }
}
