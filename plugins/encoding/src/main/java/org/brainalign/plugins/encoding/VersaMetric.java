package org.brainalign.plugins.encoding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.table.Table;
import org.brainalign.geometry.gram.RowBlocks;
import org.brainalign.geometry.rdm.Dissimilarity;
import org.brainalign.geometry.rdm.RdmComparison;
import org.brainalign.support.stats.Moments;

/**
 * Voxel-encoding RSA (Kaniuth &amp; Hebart 2022, NeuroImage 257:119294; Konkle &amp; Alvarez 2022): fit the
 * voxelwise encoding model on the training rows, then compare the RDM of the predicted test responses
 * with the RDM of the observed test responses. Score: the mean over splits of that RDM correlation.
 * The RDM correlation has no per-voxel part to divide by a voxel's noise ceiling, so versa has no
 * {@code score_ceiled}; where the input carries noise ceilings, its summary gives
 * {@code encoding_score_ceiled}, the ceiled mean voxel r of its encoding model ({@link CeiledScore}).
 *
 * @param settings the encoding model's options
 * @param dissimilarity how each RDM is built
 * @param comparison how the two RDMs are compared
 * @param saveRdms whether the RDMs are returned as arrays
 */
record VersaMetric(EncodingSettings settings, Dissimilarity dissimilarity, RdmComparison comparison,
    boolean saveRdms) implements AlignmentMetric {

  static final String ID = "versa";

  @Override
  public AlignmentResult compare(AlignmentInput input, RunContext context) {
    List<EncodingRun.Fold> folds = EncodingRun.run(input, settings, context, "versa");
    int q = input.y().columns();
    long budget = context.memoryBudget() / 2;
    double[] scores = new double[folds.size()];
    double[] encoding = new double[folds.size()];
    Table.Builder foldTable = Table.builder("folds", "fold", "n_train", "n_test", "score",
        "encoding_score");
    Map<String, Matrix> arrays = new LinkedHashMap<>();
    for (int f = 0; f < folds.size(); f++) {
      EncodingRun.Fold fold = folds.get(f);
      int nte = fold.split().test().length;
      Labels stimuli = Labels.of(java.util.Arrays.stream(fold.split().test())
          .mapToObj(input.y().rowIds()::get).toList());
      LabelledMatrix predicted = new LabelledMatrix("predicted " + input.y().name(),
          new DenseMatrix(nte, q, fold.predicted()), stimuli, input.y().columnIds());
      LabelledMatrix observed = new LabelledMatrix(input.y().name(),
          new DenseMatrix(nte, q, fold.observed()), stimuli, input.y().columnIds());
      int[] all = RowBlocks.all(nte);
      double[] rdmP = dissimilarity.rdm(predicted, all, budget);
      double[] rdmO = dissimilarity.rdm(observed, all, budget);
      scores[f] = comparison.compare(RdmComparison.upperTriangle(rdmP, nte),
          RdmComparison.upperTriangle(rdmO, nte), "RDMs of predicted and observed " + input.y().name());
      encoding[f] = Moments.nanMean(fold.r());
      foldTable.row(f, fold.split().train().length, nte, scores[f], encoding[f]);
      if (saveRdms) {
        String suffix = folds.size() == 1 ? "" : "_fold" + f;
        arrays.put("rdm_predicted" + suffix, new DenseMatrix(nte, nte, rdmP));
        arrays.put("rdm_observed" + suffix, new DenseMatrix(nte, nte, rdmO));
      }
    }
    double mean = Moments.mean(scores);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("rdm", dissimilarity.id());
    summary.put("compare", comparison.id());
    summary.put("evaluated_on", EncodingRun.describeSplits(input, settings));
    summary.put("splits", folds.size());
    summary.put("score_mean", mean);
    summary.put("score_sd", Moments.sd(scores));
    summary.put("fold_scores", java.util.Arrays.stream(scores).boxed().toList());
    summary.put("encoding_score_mean", Moments.mean(encoding));
    if (input.hasCeilings()) {
      CeiledScore.of(folds.stream().map(EncodingRun.Fold::r).toList(), input.ceilings())
          .into(summary, "encoding_");
    }
    summary.put("route", folds.get(0).route());
    summary.put("gram", folds.get(0).gram());
    return new AlignmentResult(ID, mean, comparison.id() + "_rdm_correlation", true, summary,
        List.of(foldTable.build()), arrays);
  }
}
