package org.brainalign.study.nonfinite;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.matrix.Matrix;

/**
 * The columns of a matrix that hold NaN or ±Inf, found in one streaming pass over row blocks (a
 * bounded buffer, whatever the matrix size), and the matrix without them as a {@link ColumnSubset}
 * view (nothing copied).
 *
 * @param name the matrix, for messages
 * @param columns columns of the matrix
 * @param bad columns holding at least one non-finite value
 */
public record NonFiniteColumns(String name, int columns, BitSet bad) {
  /** Elements per row block of the scan (8 MB of doubles). */
  private static final int BLOCK = 1 << 20;

  /** Scans every value of {@code m} once. */
  public static NonFiniteColumns scan(String name, Matrix m) {
    int cols = m.columns();
    BitSet bad = new BitSet(cols);
    if (cols == 0) {
      return new NonFiniteColumns(name, 0, bad);
    }
    int step = Math.max(1, BLOCK / cols);
    double[] buf = new double[Math.min(Math.max(1, m.rows()), step) * cols];
    for (int r0 = 0; r0 < m.rows(); r0 += step) {
      int r1 = Math.min(m.rows(), r0 + step);
      m.readRows(r0, r1, buf);
      int n = (r1 - r0) * cols;
      for (int k = 0; k < n; k++) {
        if (!Double.isFinite(buf[k])) {
          bad.set(k % cols);
        }
      }
    }
    return new NonFiniteColumns(name, cols, bad);
  }

  /** Number of columns dropped. */
  public int dropped() {
    return bad.cardinality();
  }

  /**
   * {@code m} without the bad columns (itself when none), column ids kept from the original.
   *
   * @throws InvalidInputException when every column holds a non-finite value
   */
  public LabelledMatrix apply(LabelledMatrix m) {
    if (bad.isEmpty()) {
      return m;
    }
    if (dropped() == columns) {
      throw InvalidInputException.of(name, "at least one column without NaN or ±Inf",
          "every one of its " + columns + " columns holds one",
          "Check how the matrix was made; dropping non-finite columns leaves nothing here.");
    }
    int[] kept = new int[columns - dropped()];
    int i = 0;
    for (int c = bad.nextClearBit(0); c < columns; c = bad.nextClearBit(c + 1)) {
      kept[i++] = c;
    }
    Labels ids = m.columnIds();
    Labels keptIds = new Labels() {
      @Override
      public int size() {
        return kept.length;
      }

      @Override
      public String get(int index) {
        return ids.get(kept[index]);
      }
    };
    return new LabelledMatrix(m.name(), new ColumnSubset(m.data(), kept), m.rowIds(), keptIds);
  }

  /** One line for the screen, e.g. "layer2: dropped 3 of 2000 columns holding NaN or ±Inf". */
  public String describe() {
    return name + ": dropped " + dropped() + " of " + columns + " columns holding NaN or ±Inf";
  }

  /** For summaries: dropped and total columns, and the first dropped column indices (0-based). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("columns", columns);
    m.put("dropped_columns", dropped());
    m.put("first_dropped", bad.stream().limit(20).boxed().toList());
    return m;
  }
}
