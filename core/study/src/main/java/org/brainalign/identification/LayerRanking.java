package org.brainalign.identification;

import java.util.List;

/**
 * Layers ordered by a {@link Criterion} value: larger is better, a number beats {@code NaN}, and
 * among exact ties the shallower layer comes first. The one ordering behind the report's best
 * layer and {@code identification.csv}.
 */
public final class LayerRanking {
  private LayerRanking() {}

  /**
   * One candidate layer.
   *
   * @param layer the layer (a name, or the caller's layer key)
   * @param depth 0-based depth in the model; the shallower wins exact ties
   * @param value the criterion value, larger is better ({@code NaN} if none)
   */
  public record Candidate<L>(L layer, int depth, double value) {}

  /**
   * Where one layer stands among the candidates.
   *
   * @param rank 1 + the number of candidates strictly better
   * @param ties the number of other candidates exactly as good
   */
  public record Place(int rank, int ties) {
    /** Rank 1 with no tie: the layer is singled out. */
    public boolean identified() {
      return rank == 1 && ties == 0;
    }
  }

  /** The best candidate (shallower on exact ties), or {@code null} if there are none. */
  public static <L> Candidate<L> best(List<Candidate<L>> candidates) {
    Candidate<L> best = null;
    for (Candidate<L> c : candidates) {
      int byValue = best == null ? 1 : compare(c.value(), best.value());
      if (byValue > 0 || byValue == 0 && c.depth() < best.depth()) {
        best = c;
      }
    }
    return best;
  }

  /**
   * The place of {@code target} among {@code candidates} (which include it); depth does not
   * break ties here, so a tie is reported as one.
   */
  public static <L> Place place(List<Candidate<L>> candidates, Candidate<L> target) {
    return place(candidates, List.of(target));
  }

  /**
   * The place of the best of {@code targets} (equivalent answers, all among {@code candidates})
   * against the other candidates: the targets never count against each other.
   */
  public static <L> Place place(List<Candidate<L>> candidates, List<Candidate<L>> targets) {
    Candidate<L> target = best(targets);
    int better = 0;
    int ties = 0;
    for (Candidate<L> c : candidates) {
      if (targets.contains(c)) {
        continue;
      }
      int cmp = compare(c.value(), target.value());
      if (cmp > 0) {
        better++;
      } else if (cmp == 0) {
        ties++;
      }
    }
    return new Place(1 + better, ties);
  }

  /** Positive if {@code a} is better; a number beats NaN; NaN ties NaN; otherwise by value. */
  static int compare(double a, double b) {
    boolean na = Double.isNaN(a);
    boolean nb = Double.isNaN(b);
    if (na || nb) {
      return na == nb ? 0 : na ? -1 : 1;
    }
    return a == b ? 0 : a > b ? 1 : -1; // exact: 0.0 ties -0.0
  }
}
