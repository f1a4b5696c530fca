package org.brainalign.plugins.encoding;

import java.util.ArrayList;
import java.util.List;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.brainalign.support.split.StimulusFolds;

/**
 * Fits the encoding model on every split (the explicit ones, or shuffled k-fold) and predicts the
 * test responses. Shared by {@code encoding} and {@code versa}.
 */
final class EncodingRun {
  private EncodingRun() {}

  /**
   * One split's outcome.
   *
   * @param split the rows used
   * @param predicted predicted test responses {@code (nTest × q)}
   * @param observed observed test responses {@code (nTest × q)}
   * @param r Pearson r per voxel between predicted and observed (NaN where either is constant)
   * @param alphas chosen penalty per voxel
   * @param route {@code primal} or {@code dual}
   * @param gram where the dual route's Gram matrix came from: {@code cached} (the host's),
   *     {@code computed}, or {@code none} (primal)
   */
  record Fold(Split split, double[] predicted, double[] observed, double[] r, double[] alphas,
      String route, String gram) {}

  /**
   * The splits to use: the explicit ones, else shuffled k-fold over the stimuli (all rows of a
   * stimulus in one fold when repetitions are kept as rows).
   */
  static List<Split> splits(AlignmentInput input, EncodingSettings settings) {
    return input.splits().isEmpty()
        ? StimulusFolds.of(input.rowStimuli()).split(settings.folds(), settings.seed())
        : input.splits();
  }

  /** For summaries: which splits were used. */
  static String describeSplits(AlignmentInput input, EncodingSettings settings) {
    if (!input.splits().isEmpty()) {
      return "test rows of each explicit split";
    }
    StimulusFolds stimuli = StimulusFolds.of(input.rowStimuli());
    return "test folds of shuffled k-fold" + (stimuli.repeats() ? " over " + stimuli.describe() : "")
        + " (folds=" + settings.folds() + ", seed=" + settings.seed() + ")";
  }

  static List<Fold> run(AlignmentInput input, EncodingSettings settings, RunContext context,
      String task) {
    List<Split> splits = splits(input, settings);
    for (Split s : splits) {
      requireSizes(input, s);
    }
    LabelledMatrix y = input.y();
    int q = y.columns();
    double[] yAll = y.data().toDense().data();
    requireFinite(y, yAll);
    long budget = context.memoryBudget() / 2;
    FeatureSpace features = FeatureSpace.of(input.x(), budget, context);
    List<Fold> folds = new ArrayList<>(splits.size());
    try (Progress progress = context.progress(task, splits.size())) {
      for (Split s : splits) {
        SplitSpectrum sp = features.spectrum(s);
        double[] ytr = rows(yAll, q, s.train());
        double[] yte = rows(yAll, q, s.test());
        RidgeFit.Prediction pred = RidgeFit.fit(sp, ytr, q, settings.alphas());
        double[] r = Matrices.columnCorrelations(pred.testResponses(), yte, s.test().length, q);
        folds.add(new Fold(s, pred.testResponses(), yte, r, pred.alphas(), sp.route(),
            features.gram()));
        progress.advance(1);
      }
    }
    return folds;
  }

  private static double[] rows(double[] all, int q, int[] rows) {
    double[] out = new double[rows.length * q];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(all, rows[i] * q, out, i * q, q);
    }
    return out;
  }

  private static void requireSizes(AlignmentInput input, Split s) {
    if (s.train().length < 3 || s.test().length < 3) {
      throw InvalidInputException.of(input.x().name() + " and " + input.y().name(),
          "at least 3 training rows (for leave-one-out with an intercept) and 3 test rows per split",
          s.train().length + " training and " + s.test().length + " test rows",
          "Use more stimuli or fewer folds.");
    }
  }

  private static void requireFinite(LabelledMatrix y, double[] v) {
    int q = y.columns();
    for (int k = 0; k < v.length; k++) {
      if (!Double.isFinite(v[k])) {
        int row = k / q;
        throw InvalidInputException.of(y.name(), "finite values", v[k] + " at row " + row + " ('"
            + y.rowIds().get(row) + "'), column " + (k % q) + " ('" + y.columnIds().get(k % q) + "')",
            "Remove or impute non-finite responses before fitting.");
      }
    }
  }
}
