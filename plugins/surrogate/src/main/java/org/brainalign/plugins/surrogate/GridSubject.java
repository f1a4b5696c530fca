package org.brainalign.plugins.surrogate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.brainalign.plugins.simulated.SimulatedConfig;

/**
 * One subject of the surrogate dataset: a reliability, a number of images and a replicate. Without a
 * grid there is one reliability and one n, and the subjects are {@code subj01 …}; with a grid
 * ({@code reliability} or {@code images} given as a bracketed list) they are every
 * reliability × images × replicate, in that nesting and in the order the lists give, named
 * {@code r<reliability>-n<images>-subj<NN>}, e.g. {@code r0.3-n60-subj01}. The reliability is
 * written as its shortest decimal without exponent or trailing zeros ({@code 0.3}, {@code 0.05},
 * {@code 1}), so the names contain only letters, digits, {@code .} and {@code -}.
 *
 * <p>Replicate k (0-based) at any reliability and n draws exactly what subject k of a dataset with
 * that one reliability and those n images draws: its voxel windows, weights and trial noise come
 * from streams indexed by k alone, so the replicates of one index are common random numbers across
 * the grid.
 *
 * @param id subject id
 * @param reliability one trial's reliability
 * @param images n: the subject sees the first n images of the dataset
 * @param replicate k, 0-based
 */
record GridSubject(String id, double reliability, int images, int replicate) {

  /**
   * The subjects of {@code config}.
   *
   * @param counts the numbers of images n in grid order; one, the dataset's size, without a grid
   */
  static List<GridSubject> of(SurrogateConfig config, List<Integer> counts) {
    List<GridSubject> out = new ArrayList<>();
    if (!config.grid()) {
      for (int k = 0; k < config.subjects(); k++) {
        out.add(new GridSubject(SimulatedConfig.subjectId(k), config.reliability().get(0),
            counts.get(0), k));
      }
      return List.copyOf(out);
    }
    for (double r : config.reliability()) {
      for (int n : counts) {
        for (int k = 0; k < config.subjects(); k++) {
          out.add(new GridSubject(name(r, n, k), r, n, k));
        }
      }
    }
    return List.copyOf(out);
  }

  /** {@code r<reliability>-n<images>-subj<NN>}. */
  static String name(double reliability, int images, int replicate) {
    return "r" + decimal(reliability) + "-n" + images + "-" + SimulatedConfig.subjectId(replicate);
  }

  /** The shortest decimal that reads back as {@code x}, plain and without trailing zeros. */
  static String decimal(double x) {
    return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
  }
}
