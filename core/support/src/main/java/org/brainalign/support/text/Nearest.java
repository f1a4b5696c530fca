package org.brainalign.support.text;

import java.util.Collection;

/** The known name nearest to a misspelled one, for "did you mean ...?" in messages. */
public final class Nearest {
  private Nearest() {}

  /**
   * The candidate with the fewest single-character edits (Levenshtein distance) from {@code name},
   * or null when none is close: at most 2 edits, or a third of the name's length, or one that
   * starts with the other ({@code layer} for {@code layers}, {@code fold} for {@code folds}).
   */
  public static String of(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(name.toLowerCase(), c.toLowerCase());
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    if (best == null) {
      return null;
    }
    boolean prefix = !name.isEmpty() && (best.startsWith(name) || name.startsWith(best));
    return bestDistance <= Math.max(2, name.length() / 3) || prefix ? best : null;
  }

  /** "Did you mean 'x'?" for the nearest candidate, or empty. */
  public static String suggestion(String name, Collection<String> candidates) {
    String near = of(name, candidates);
    return near == null ? "" : " Did you mean '" + near + "'?";
  }

  /**
   * The candidate with the fewest edits from {@code name}, however far (ties go to the first), or
   * null when there are no candidates: for messages that always name the closest valid choice.
   */
  public static String closest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(name, c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance: single-character insertions, deletions and substitutions. */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
