package org.brainalign.plugins.cka;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.table.Table;
import org.brainalign.geometry.split.EvaluationRows;

/**
 * Linear centred kernel alignment (Kornblith, Norouzi, Lee &amp; Hinton 2019, ICML, eq. 5):
 *
 * <pre>CKA(X, Y) = ‖Ycᵀ Xc‖²_F / (‖Xcᵀ Xc‖_F · ‖Ycᵀ Yc‖_F)</pre>
 *
 * with Xc, Yc the representations {@code (n × p)}, {@code (n × q)} centred on the column means of
 * the stimuli compared. Range [0, 1], 1 for representations equal up to rotation and isotropic
 * scaling. Nothing is fitted: without splits every stimulus is used; with explicit splits each
 * split's test rows, and the score is the mean over splits.
 *
 * @param route {@code null} to choose per input, else the route to use
 */
record CkaMetric(CkaRoute route) implements AlignmentMetric {

  static final String ID = "cka";

  @Override
  public AlignmentResult compare(AlignmentInput input, RunContext context) {
    List<int[]> evaluations = EvaluationRows.of(input);
    LabelledMatrix x = input.x();
    LabelledMatrix y = input.y();
    long budget = context.memoryBudget() / 2;
    double[] scores = new double[evaluations.size()];
    Table.Builder table = Table.builder("splits", "split", "stimuli", "score", "route");
    CkaRoute used = null;
    try (Progress progress = context.progress("cka", evaluations.size())) {
      for (int e = 0; e < evaluations.size(); e++) {
        int[] rows = evaluations.get(e);
        if (rows.length < 2) {
          throw InvalidInputException.of(x.name() + " and " + y.name(),
              "at least 2 stimuli (columns are centred over the stimuli)", rows.length + "",
              "Use more stimuli or larger test sets.");
        }
        used = route != null ? route : CkaRoute.choose(rows.length, x.columns(), y.columns());
        double[] f = used.products(x, y, rows, budget, context);
        requireVariation(x, f[1]);
        requireVariation(y, f[2]);
        scores[e] = Math.min(1.0, f[0] / (f[1] * f[2]));
        table.row(e, rows.length, scores[e], used.id());
        progress.advance(1);
      }
    }
    double mean = 0;
    for (double s : scores) {
      mean += s;
    }
    mean /= scores.length;
    double ss = 0;
    for (double s : scores) {
      ss += (s - mean) * (s - mean);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("kernel", "linear");
    summary.put("evaluated_on", input.splits().isEmpty() ? "all stimuli" : "test rows of each split");
    summary.put("splits", scores.length);
    summary.put("score_mean", mean);
    summary.put("score_sd", scores.length < 2 ? 0.0 : Math.sqrt(ss / (scores.length - 1)));
    summary.put("route", used.id());
    return new AlignmentResult(ID, mean, "linear_cka", true, summary, List.of(table.build()),
        Map.of());
  }

  private static void requireVariation(LabelledMatrix m, double norm) {
    if (!(norm > 0)) {
      throw InvalidInputException.of(m.name(), "a representation that varies across stimuli",
          "every column constant over the stimuli compared (‖XcᵀXc‖ = 0, CKA undefined)",
          "Check the input; CKA needs non-constant features.");
    }
  }
}
