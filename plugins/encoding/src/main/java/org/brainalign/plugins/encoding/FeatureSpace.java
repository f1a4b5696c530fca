package org.brainalign.plugins.encoding;

import java.util.Optional;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.CentredGram;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.brainalign.geometry.gram.RowBlocks;

/**
 * Model features prepared once for all splits: either the rows themselves (primal form, p ≤ n) or
 * their Gram matrix (dual form, p &gt; n) — the host's cached centred Gram matrix when the features
 * supply one ({@link CentredGram}), so that a layer's n²p Gram stage is shared with every ROI and
 * metric.
 */
interface FeatureSpace {

  /** The spectrum of the centred training rows of {@code split}, and the test projection. */
  SplitSpectrum spectrum(Split split);

  /** Where the dual form's Gram matrix came from: {@code cached}, {@code computed}, or {@code none}. */
  default String gram() {
    return "none";
  }

  /**
   * Chooses the form: the dual (kernel) form when the features outnumber the stimuli, so that no
   * {@code p}-sized matrix beyond one row block is ever held.
   *
   * @param memoryBudget bytes for row blocks
   */
  static FeatureSpace of(LabelledMatrix x, long memoryBudget, RunContext context) {
    Optional<CentredGram> supplied = x.data().suppliedGram();
    if (x.columns() > x.rows() && supplied.isPresent()) {
      // Finiteness was checked when the Gram matrix was computed; the features are not read.
      return KernelFeatures.of(x, supplied.get().centredGram(context).data());
    }
    requireFinite(x, memoryBudget);
    return x.columns() > x.rows() ? KernelFeatures.of(x, memoryBudget) : new PrimalFeatures(x);
  }

  private static void requireFinite(LabelledMatrix x, long budget) {
    int n = x.rows();
    int p = x.columns();
    int block = (int) Math.max(1, Math.min(n, budget / 2 / (8L * Math.max(1, p))));
    int[] rows = RowBlocks.all(n);
    for (int from = 0; from < n; from += block) {
      int to = Math.min(n, from + block);
      double[] v = RowBlocks.read(x.data(), rows, from, to);
      for (int k = 0; k < v.length; k++) {
        if (!Double.isFinite(v[k])) {
          int row = from + k / p;
          throw InvalidInputException.of(x.name(), "finite values", v[k] + " at row " + row
              + " ('" + x.rowIds().get(row) + "'), column " + (k % p),
              "Remove or impute non-finite values before fitting.");
        }
      }
    }
  }
}
