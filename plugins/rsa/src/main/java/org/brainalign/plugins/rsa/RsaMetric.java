package org.brainalign.plugins.rsa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.CentredGram;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.table.Table;
import org.brainalign.geometry.gram.CentredGrams;
import org.brainalign.geometry.rdm.Dissimilarity;
import org.brainalign.geometry.rdm.GramRdms;
import org.brainalign.geometry.rdm.RdmComparison;
import org.brainalign.geometry.split.EvaluationRows;
import org.brainalign.support.stats.Moments;

/**
 * Representational similarity analysis (Kriegeskorte, Mur &amp; Bandettini 2008).
 *
 * <p>For each side an RDM over the same stimuli, then one correlation of their upper triangles.
 * Nothing is fitted: without splits every stimulus is used; with explicit splits each split's test
 * rows are used and the score is the mean over splits.
 *
 * <p>Each side's RDMs come from its features (a Gram matrix of the selected rows, n²p) or from its
 * centred Gram matrix over all stimuli ({@link GramRdms}): the host's cached one when the side
 * supplies it ({@link CentredGram}), else computed here once for every split. {@code auto} takes
 * the Gram route for a side that supplies its Gram matrix and has more columns than rows.
 *
 * @param dissimilarity how each RDM is built
 * @param comparison how the two RDMs are compared
 * @param saveRdms whether the RDMs are returned as arrays ({@code n² · 8} bytes each)
 * @param route {@code auto}, {@code features} or {@code gram} (see {@link RdmRoute})
 */
record RsaMetric(Dissimilarity dissimilarity, RdmComparison comparison, boolean saveRdms,
    RdmRoute route) implements AlignmentMetric {

  static final String ID = "rsa";

  @Override
  public AlignmentResult compare(AlignmentInput input, RunContext context) {
    List<int[]> evaluations = EvaluationRows.of(input);
    long budget = context.memoryBudget() / 2;
    Table.Builder scores = Table.builder("splits", "split", "stimuli", "score");
    Table.Builder stimuli = Table.builder("rdm_stimuli", "split", "index", "stimulus");
    Map<String, Matrix> arrays = new LinkedHashMap<>();
    double[] values = new double[evaluations.size()];
    Rdms sx = rdms(input.x(), budget, context);
    Rdms sy = rdms(input.y(), budget, context);
    try (Progress progress = context.progress("rsa", evaluations.size())) {
      for (int e = 0; e < evaluations.size(); e++) {
        int[] rows = evaluations.get(e);
        requireEnoughStimuli(input, rows.length);
        int n = rows.length;
        double[] rdmX = sx.rdm(rows);
        double[] rdmY = sy.rdm(rows);
        values[e] = comparison.compare(RdmComparison.upperTriangle(rdmX, n),
            RdmComparison.upperTriangle(rdmY, n),
            "RDMs of " + input.x().name() + " and " + input.y().name());
        scores.row(e, n, values[e]);
        if (saveRdms) {
          String suffix = evaluations.size() == 1 ? "" : "_split" + e;
          arrays.put("rdm_x" + suffix, new DenseMatrix(n, n, rdmX));
          arrays.put("rdm_y" + suffix, new DenseMatrix(n, n, rdmY));
          for (int i = 0; i < n; i++) {
            stimuli.row(e, i, input.x().rowIds().get(rows[i]));
          }
        }
        progress.advance(1);
      }
    }
    double mean = Moments.mean(values);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("rdm", dissimilarity.id());
    summary.put("compare", comparison.id());
    summary.put("route_x", sx.route());
    summary.put("route_y", sy.route());
    summary.put("evaluated_on", input.splits().isEmpty() ? "all stimuli" : "test rows of each split");
    summary.put("splits", values.length);
    summary.put("score_mean", mean);
    summary.put("score_sd", Moments.sd(values, mean));
    List<Table> tables = new ArrayList<>(List.of(scores.build()));
    if (saveRdms) {
      tables.add(stimuli.build());
    }
    return new AlignmentResult(ID, mean, comparison.id() + "_rdm_correlation", true, summary,
        tables, arrays);
  }

  /** A side's RDMs by row selection, and the route they come from. */
  private record Rdms(String route, Function<int[], double[]> source) {
    double[] rdm(int[] rows) {
      return source.apply(rows);
    }
  }

  private Rdms rdms(LabelledMatrix side, long budget, RunContext context) {
    Optional<CentredGram> cached = side.data().suppliedGram();
    boolean supplied = cached.isPresent();
    boolean gram = route == RdmRoute.GRAM
        || (route == RdmRoute.AUTO && supplied && side.columns() > side.rows());
    if (!gram) {
      return new Rdms("features", rows -> dissimilarity.rdm(side, rows, budget));
    }
    // Kc over all stimuli: the host's cached matrix (in whatever precision the study chose), else
    // computed here once for every split.
    double[] kc = supplied ? cached.get().centredGram(context).data()
        : CentredGrams.compute(side, context).data();
    GramRdms g = GramRdms.of(dissimilarity, side, kc, budget);
    return new Rdms(supplied ? "gram (cached)" : "gram", g::rdm);
  }

  private static void requireEnoughStimuli(AlignmentInput input, int n) {
    if (n < 3) {
      throw InvalidInputException.of(input.x().name() + " and " + input.y().name(),
          "at least 3 stimuli per RDM (3 stimulus pairs) for a correlation of dissimilarities",
          n + " stimuli", "Use more stimuli, or larger test sets.");
    }
  }
}
