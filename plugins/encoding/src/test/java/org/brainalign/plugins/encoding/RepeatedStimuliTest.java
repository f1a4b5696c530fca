package org.brainalign.plugins.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.RunContext;
import org.brainalign.geometry.rdm.Dissimilarity;
import org.brainalign.geometry.rdm.RdmComparison;
import org.junit.jupiter.api.Test;

/**
 * Rows that repeat a stimulus (repetitions kept as rows) stay in one fold: features and responses
 * here are independent per stimulus, and each stimulus's rows near copies, so a fold that tests a
 * repeat of a training stimulus scores well above 0. Folds over stimuli score about 0.
 */
class RepeatedStimuliTest {
  private static final int STIMULI = 20;
  private static final int REPEATS = 3;
  private static final long SEED = 77;

  private static AlignmentInput input() {
    Random rng = new Random(SEED);
    List<Integer> shown = new ArrayList<>();
    for (int s = 0; s < STIMULI; s++) {
      for (int r = 0; r < REPEATS; r++) {
        shown.add(s);
      }
    }
    Collections.shuffle(shown, rng);
    int p = 80;
    int q = 30;
    double[][] features = gaussian(rng, STIMULI, p);
    double[][] pattern = gaussian(rng, STIMULI, q);
    int n = shown.size();
    double[] x = new double[n * p];
    double[] y = new double[n * q];
    List<String> ids = new ArrayList<>();
    List<String> stimuli = new ArrayList<>();
    int[] seen = new int[STIMULI];
    for (int i = 0; i < n; i++) {
      int s = shown.get(i);
      System.arraycopy(features[s], 0, x, i * p, p);
      for (int v = 0; v < q; v++) {
        y[i * q + v] = pattern[s][v] + 0.05 * rng.nextGaussian();
      }
      ids.add("im" + s + "#" + seen[s]++);
      stimuli.add("im" + s);
    }
    return AlignmentInput.of(
        new LabelledMatrix("x", new DenseMatrix(n, p, x), Labels.of(ids), Labels.range("", p)),
        new LabelledMatrix("y", new DenseMatrix(n, q, y), Labels.presentations(ids, stimuli),
            Labels.range("", q)));
  }

  private static double[][] gaussian(Random rng, int rows, int columns) {
    double[][] m = new double[rows][columns];
    for (double[] row : m) {
      for (int j = 0; j < columns; j++) {
        row[j] = rng.nextGaussian();
      }
    }
    return m;
  }

  @Test
  void encodingFoldsKeepEachStimulusTogether() {
    AlignmentResult r = new EncodingMetric(new EncodingSettings(new double[] {1e-3, 1, 1e3}, 4,
        0)).compare(input(), RunContext.quiet(1));
    assertThat(Math.abs(r.score())).as("seed %d", SEED).isLessThan(0.2);
    assertThat(r.summary().get("evaluated_on")).isEqualTo("test folds of shuffled k-fold over "
        + STIMULI + " stimuli (" + STIMULI * REPEATS + " rows) (folds=4, seed=0)");
    double[] nTest = r.table("folds").orElseThrow().numbers("n_test");
    for (double t : nTest) {
      assertThat(t % REPEATS).as("test rows %s: whole stimuli", t).isZero();
    }
  }

  @Test
  void versaUsesTheSameFolds() {
    AlignmentResult r = new VersaMetric(new EncodingSettings(new double[] {1}, 4, 0),
        Dissimilarity.CORRELATION, RdmComparison.SPEARMAN, false)
        .compare(input(), RunContext.quiet(1));
    assertThat((String) r.summary().get("evaluated_on")).contains("over " + STIMULI + " stimuli");
    for (double t : r.table("folds").orElseThrow().numbers("n_test")) {
      assertThat(t % REPEATS).isZero();
    }
  }
}
