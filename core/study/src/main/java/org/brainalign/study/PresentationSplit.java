package org.brainalign.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;

/**
 * A subject's responses split by presentation: for every stimulus shown at least twice, its first
 * presentation (in row order, which datasets give in presentation order) and its second. The
 * references' X and Y (docs/method.md §7).
 */
final class PresentationSplit {
  /** Per stimulus shown at least twice: the rows of its first and second presentations. */
  private final Map<String, int[]> firstTwo;
  private final LabelledMatrix responses;

  private PresentationSplit(LabelledMatrix responses, Map<String, int[]> firstTwo) {
    this.responses = responses;
    this.firstTwo = firstTwo;
  }

  /** Indexes the presentations of responses whose rows are labelled by stimulus. */
  static PresentationSplit of(LabelledMatrix responses) {
    Map<String, int[]> seen = new LinkedHashMap<>();
    Labels rows = responses.rowIds();
    for (int i = 0; i < rows.size(); i++) {
      int[] r = seen.computeIfAbsent(rows.stimulus(i), k -> new int[] {-1, -1});
      if (r[0] < 0) {
        r[0] = i;
      } else if (r[1] < 0) {
        r[1] = i;
      }
    }
    seen.values().removeIf(r -> r[1] < 0);
    return new PresentationSplit(responses, seen);
  }

  /** Whether {@code stimulus} is shown at least twice. */
  boolean repeated(String stimulus) {
    return firstTwo.containsKey(stimulus);
  }

  /** The stimuli shown at least twice, in the order of their first presentation. */
  List<String> stimuli() {
    return List.copyOf(firstTwo.keySet());
  }

  /** The number of response columns (voxels). */
  int columns() {
    return responses.columns();
  }

  /**
   * Presentation {@code which} (0: first, 1: second) of {@code stimuli}, one row each in that
   * order, rows labelled by the stimulus id.
   */
  LabelledMatrix presentation(int which, List<String> stimuli, String name) {
    int q = responses.columns();
    double[] data = new double[stimuli.size() * q];
    double[] row = new double[q];
    for (int i = 0; i < stimuli.size(); i++) {
      int r = firstTwo.get(stimuli.get(i))[which];
      responses.data().readRows(r, r + 1, row);
      System.arraycopy(row, 0, data, i * q, q);
    }
    return new LabelledMatrix(name, new DenseMatrix(stimuli.size(), q, data),
        Labels.of(new ArrayList<>(stimuli)), responses.columnIds());
  }

  /**
   * The stimuli shown at least twice in every split, in the study's order: the order of
   * {@code order} (a subject's stimuli as the study's rows give them), then any others in the order
   * of their first presentation to the first split.
   */
  static List<String> shared(List<String> order, PresentationSplit... splits) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (String s : order) {
      if (inAll(s, splits)) {
        out.add(s);
      }
    }
    for (String s : splits[0].stimuli()) {
      if (inAll(s, splits)) {
        out.add(s);
      }
    }
    return new ArrayList<>(out);
  }

  private static boolean inAll(String s, PresentationSplit[] splits) {
    for (PresentationSplit p : splits) {
      if (!p.repeated(s)) {
        return false;
      }
    }
    return true;
  }
}
