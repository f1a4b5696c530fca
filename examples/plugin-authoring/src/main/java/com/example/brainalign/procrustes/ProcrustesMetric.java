package com.example.brainalign.procrustes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.brainalign.api.table.Table;

/**
 * Orthogonal Procrustes distance (Williams, Kunz, Kornblith &amp; Linderman 2021, "Generalized Shape
 * Metrics on Neural Representations", NeurIPS; Ding, Denain &amp; Steinhardt 2021).
 *
 * <p>X {@code (n × p)} and Y {@code (n × q)} are centred on their column means, scaled to unit
 * Frobenius norm and zero-padded to the same width. Then
 * min over orthogonal Q of ‖X − Y Q‖_F = √(2 − 2‖XᵀY‖_*) (euclidean) and the angular distance is
 * arccos ‖XᵀY‖_* (‖·‖_* = sum of singular values). Nothing is fitted: without splits all stimuli
 * are used, with splits each split's test rows, averaged.
 *
 * <p>This example forms the {@code p × q} matrix XᵀY, which is fine for reduced features; for wide
 * layers reduce them first (e.g. with the {@code sparse-random-projection} reducer).
 *
 * @param angular whether to report the angular (true) or euclidean (false) distance
 */
public record ProcrustesMetric(boolean angular) implements AlignmentMetric {

  /** Largest {@code p × q} this example agrees to form (400 MB of doubles). */
  static final long MAX_CROSS = 50_000_000L;

  @Override
  public AlignmentResult compare(AlignmentInput input, RunContext context) {
    LabelledMatrix x = input.x();
    LabelledMatrix y = input.y();
    if ((long) x.columns() * y.columns() > MAX_CROSS) {
      throw InvalidInputException.of(x.name() + " and " + y.name(),
          "p × q at most " + MAX_CROSS + " (this metric forms XᵀY)",
          x.columns() + " × " + y.columns(), "Reduce the features first, e.g. --reducer "
              + "sparse-random-projection.");
    }
    List<int[]> evaluations = input.splits().isEmpty()
        ? List.of(java.util.stream.IntStream.range(0, input.stimuli()).toArray())
        : input.splits().stream().map(Split::test).toList();
    Table.Builder table = Table.builder("splits", "split", "stimuli", "distance");
    double sum = 0;
    for (int e = 0; e < evaluations.size(); e++) {
      int[] rows = evaluations.get(e);
      double nuclear = Shapes.nuclearNormOfCross(Shapes.normalised(x, rows),
          Shapes.normalised(y, rows));
      double d = angular ? Math.acos(Math.min(1.0, nuclear))
          : Math.sqrt(Math.max(0.0, 2.0 - 2.0 * nuclear));
      table.row(e, rows.length, d);
      sum += d;
    }
    double mean = sum / evaluations.size();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("distance", angular ? "angular" : "euclidean");
    summary.put("splits", evaluations.size());
    return new AlignmentResult("procrustes", mean,
        angular ? "procrustes_angular_distance" : "procrustes_euclidean_distance",
        false, summary, List.of(table.build()), Map.<String, org.brainalign.api.matrix.Matrix>of());
  }
}
