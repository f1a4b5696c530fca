package org.brainalign.plugins.crossdecomposition;

import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;

/** One representation (X or Y) prepared once and factored per fold. */
interface Side {

  /** The route this side uses. */
  Route route();

  /** Train and test coordinates for one fold (see {@link Factor}). */
  Factor factor(Split split, RunContext context);

  /**
   * Prepares a side.
   *
   * @param requested the {@code route} option
   * @param scale whether columns are z-scored with training statistics
   * @param precision arithmetic of the Gram matrix on the dual route
   * @param method how the dual route factors each fold's training Gram matrix
   * @param foldPrecision arithmetic of that factor (dual route)
   * @param shared whether the dual route's fold factors are offered to other calls through
   *     {@link RunContext#sharedWork()} (the features' side: every region scored against them
   *     needs the same factors)
   */
  static Side prepare(LabelledMatrix m, RouteChoice requested, boolean scale, GramPrecision precision,
      FoldFactor method, FoldPrecision foldPrecision, boolean shared, RunContext context) {
    Route route = requested.route(m.rows(), m.columns());
    return route == Route.PRIMAL ? PrimalSide.of(m, scale) : DualSide.of(m, scale, precision, method,
        foldPrecision, shared, context);
  }
}
