package org.brainalign.report;

import java.util.ArrayList;
import java.util.List;
import org.brainalign.study.table.ScoreRow;
import org.brainalign.support.stats.Correlation;

/**
 * Whether metrics prefer the same layers: per ROI and pair of metrics, Spearman's ρ between their
 * unreduced scores over the layers both scored (mean over subjects, turned so that larger is better
 * for both). ρ = 1: same layer ordering; −1: reversed.
 */
final class MetricAgreement {
  private MetricAgreement() {}

  /**
   * One ROI × metric pair.
   *
   * @param layers number of layers both metrics scored
   * @param rho Spearman's ρ ({@code NaN} with fewer than 2 layers or a constant score)
   */
  record Row(String roi, String metricA, String metricB, int layers, double rho) {}

  static List<Row> rows(StudyGrid grid) {
    List<String> metrics = grid.scoreMetrics();
    List<Row> out = new ArrayList<>();
    for (ResultCell.Roi roi : grid.rois()) {
      for (int i = 0; i < metrics.size(); i++) {
        for (int j = i + 1; j < metrics.size(); j++) {
          out.add(row(grid, roi, metrics.get(i), metrics.get(j)));
        }
      }
    }
    return out;
  }

  private static Row row(StudyGrid grid, ResultCell.Roi roi, String a, String b) {
    List<Double> xa = new ArrayList<>();
    List<Double> xb = new ArrayList<>();
    for (ResultCell.Layer layer : grid.scoreLayers(a, roi)) {
      ScoreRow sa = grid.meanScore(a, roi, layer);
      ScoreRow sb = grid.meanScore(b, roi, layer);
      if (sb != null && !Double.isNaN(sa.value()) && !Double.isNaN(sb.value())) {
        xa.add(sa.oriented());
        xb.add(sb.oriented());
      }
    }
    double rho = Correlation.spearman(xa.stream().mapToDouble(Double::doubleValue).toArray(),
        xb.stream().mapToDouble(Double::doubleValue).toArray());
    return new Row(grid.label(roi), a, b, xa.size(), rho);
  }

  /** The rows as CSV (ρ as the shortest decimal that reads back exactly; empty if undefined). */
  static String csv(List<Row> rows) {
    StringBuilder sb = new StringBuilder("roi,metric_a,metric_b,layers,spearman_rho\n");
    for (Row r : rows) {
      sb.append(quote(r.roi())).append(',').append(quote(r.metricA())).append(',')
          .append(quote(r.metricB())).append(',').append(r.layers()).append(',')
          .append(Double.isNaN(r.rho()) ? "" : Double.toString(r.rho()))
          .append('\n');
    }
    return sb.toString();
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
