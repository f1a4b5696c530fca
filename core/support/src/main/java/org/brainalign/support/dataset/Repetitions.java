package org.brainalign.support.dataset;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brainalign.api.extension.OptionChoice;
import org.brainalign.api.matrix.Labels;

/**
 * How a dataset turns repeated presentations of a stimulus into response rows, the one rule the
 * {@code nsd}, {@code folder} and {@code surrogate} datasets share ({@code repetitions=mean|separate};
 * the words are the constants' {@link OptionChoice#id() ids}).
 *
 * <p>{@link #MEAN}: one row per stimulus, the mean of its presentations, row id = the stimulus id.
 * {@link #SEPARATE}: one row per presentation, row id {@code <stimulus>#<repetition>} with the
 * repetition counting earlier presentations of the same stimulus from 0, labelled as a
 * {@linkplain Labels#presentations presentation} of the stimulus so that folds keep a stimulus's
 * rows together.
 */
public enum Repetitions implements OptionChoice {
  /** One row per stimulus, averaging its presentations. */
  MEAN,
  /** One row per presentation. */
  SEPARATE;

  /** {@link #SEPARATE} when {@code separate}, else {@link #MEAN}. */
  public static Repetitions of(boolean separate) {
    return separate ? SEPARATE : MEAN;
  }

  /** The id of the {@code repetition}-th presentation (from 0) of {@code stimulus}: {@code a#1}. */
  public static String rowId(String stimulus, int repetition) {
    return stimulus + "#" + repetition;
  }

  /**
   * Per presentation, how many earlier presentations showed the same stimulus.
   *
   * @param shown the stimulus of each presentation, in presentation order {@code (n)}
   * @return {@code (n)}, each {@code >= 0}
   */
  public static int[] earlier(int[] shown) {
    int[] reps = new int[shown.length];
    Map<Integer, Integer> seen = new HashMap<>();
    for (int t = 0; t < shown.length; t++) {
      reps[t] = seen.merge(shown[t], 1, Integer::sum) - 1;
    }
    return reps;
  }

  /**
   * The row labels: {@code ids} as they are under {@link #MEAN}; under {@link #SEPARATE}
   * presentations of {@code shown} (row i shows stimulus {@code shown.get(i)}).
   */
  public Labels labels(List<String> ids, List<String> shown) {
    return this == SEPARATE ? Labels.presentations(ids, shown) : Labels.of(ids);
  }

  /**
   * For a manifest: how many rows average each number of presentations, ascending by that number
   * ({@code {"1": 40, "3": 960}}).
   *
   * @param perRow the presentations averaged into each row
   */
  public static Map<String, Object> byCount(int[] perRow) {
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    for (int k : perRow) {
      counts.merge(k, 1, Integer::sum);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    counts.forEach((k, v) -> out.put(Integer.toString(k), v));
    return out;
  }
}
