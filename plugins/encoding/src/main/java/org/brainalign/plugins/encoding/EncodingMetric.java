package org.brainalign.plugins.encoding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.table.Table;
import org.brainalign.support.stats.Moments;

/**
 * Voxelwise encoding model (Naselaris, Kay, Nishimoto &amp; Gallant 2011): ridge regression from model
 * features to each voxel, scored on held-out stimuli by the Pearson r between predicted and observed
 * responses, averaged over voxels. Per split: the mean r over voxels whose r is defined; score: the
 * mean over splits. Where the input carries noise ceilings, the summary adds {@code score_ceiled}
 * ({@link CeiledScore}: each voxel's r divided by {@code √NC}, aggregated the same way).
 */
record EncodingMetric(EncodingSettings settings) implements AlignmentMetric {

  static final String ID = "encoding";

  @Override
  public AlignmentResult compare(AlignmentInput input, RunContext context) {
    List<EncodingRun.Fold> folds = EncodingRun.run(input, settings, context, "encoding");
    LabelledMatrix y = input.y();
    int q = y.columns();
    double[] scores = new double[folds.size()];
    int undefined = 0;
    Table.Builder perFold = Table.builder("voxel_folds", "fold", "voxel", "r", "alpha");
    Table.Builder foldTable = Table.builder("folds", "fold", "n_train", "n_test", "score",
        "voxels_undefined", "route");
    for (int f = 0; f < folds.size(); f++) {
      EncodingRun.Fold fold = folds.get(f);
      scores[f] = requireDefined(Moments.nanMean(fold.r()), input, f);
      int nan = Moments.countNaN(fold.r());
      undefined += nan;
      foldTable.row(f, fold.split().train().length, fold.split().test().length, scores[f], nan,
          fold.route());
      for (int j = 0; j < q; j++) {
        double r = fold.r()[j];
        perFold.row(f, y.columnIds().get(j), Double.isNaN(r) ? null : r, fold.alphas()[j]);
      }
    }
    double mean = Moments.mean(scores);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("evaluated_on", EncodingRun.describeSplits(input, settings));
    summary.put("splits", folds.size());
    summary.put("score_mean", mean);
    summary.put("score_sd", Moments.sd(scores));
    summary.put("fold_scores", java.util.Arrays.stream(scores).boxed().toList());
    summary.put("voxels", q);
    summary.put("voxel_fold_pairs_undefined", undefined);
    summary.put("route", folds.get(0).route());
    summary.put("gram", folds.get(0).gram());
    summary.put("alphas", java.util.Arrays.stream(settings.alphas()).boxed().toList());
    if (input.hasCeilings()) {
      CeiledScore.of(folds.stream().map(EncodingRun.Fold::r).toList(), input.ceilings())
          .into(summary, "");
    }
    return new AlignmentResult(ID, mean, "mean_voxel_pearson_r", true, summary,
        List.of(VoxelSummary.table(folds, y), foldTable.build(), perFold.build()), Map.of());
  }

  static double requireDefined(double score, AlignmentInput input, int fold) {
    if (Double.isNaN(score)) {
      throw InvalidInputException.of(input.y().name() + " (split " + fold + ")",
          "at least one voxel whose predicted and observed test responses both vary",
          "every voxel constant on the test or training rows",
          "Check the responses, or use other test rows.");
    }
    return score;
  }
}
