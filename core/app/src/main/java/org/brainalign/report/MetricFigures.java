package org.brainalign.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.brainalign.study.table.ScoreRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Layer preferences of several metrics side by side: per ROI, each metric's unreduced score (mean
 * over subjects) against layer depth, min–max normalised per metric to [0, 1] with 1 = the layer
 * the metric rates best (scores where lower is better are turned first).
 */
final class MetricFigures {
  private MetricFigures() {}

  /** Min–max normalisation to [0, 1]; all-equal values map to 0.5; NaN stays NaN. */
  static double[] normalise(double[] v) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Double.isNaN(v[i]) ? Double.NaN : hi > lo ? (v[i] - lo) / (hi - lo) : 0.5;
    }
    return out;
  }

  static List<Figure> build(StudyGrid grid) {
    List<String> metrics = grid.scoreMetrics();
    List<Figure> out = new ArrayList<>();
    if (metrics.size() < 2) {
      return out;
    }
    for (ResultCell.Roi roi : grid.rois()) {
      List<ResultCell.Layer> layers = new ArrayList<>();
      for (String m : metrics) {
        grid.scoreLayers(m, roi).stream().filter(l -> !layers.contains(l)).forEach(layers::add);
      }
      layers.sort(java.util.Comparator.comparingInt(ResultCell.Layer::index));
      if (layers.isEmpty()) {
        continue;
      }
      XYSeriesCollection data = new XYSeriesCollection();
      XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
      for (int i = 0; i < metrics.size(); i++) {
        String m = metrics.get(i);
        double[] oriented = new double[layers.size()];
        String scoreName = "";
        for (int k = 0; k < layers.size(); k++) {
          ScoreRow s = grid.meanScore(m, roi, layers.get(k));
          oriented[k] = s == null ? Double.NaN : s.oriented();
          scoreName = s == null ? scoreName : s.scoreName();
        }
        double[] norm = normalise(oriented);
        XYSeries series = new XYSeries(scoreName.isEmpty() ? m : m + " (" + scoreName + ")");
        for (int k = 0; k < layers.size(); k++) {
          if (!Double.isNaN(norm[k])) {
            series.add(k, norm[k]);
          }
        }
        data.addSeries(series);
        renderer.setSeriesPaint(i, ColorMap.category(i));
        renderer.setSeriesStroke(i, new BasicStroke(2f));
      }
      SymbolAxis x = new SymbolAxis("layer (shallow → deep)",
          layers.stream().map(grid::label).toArray(String[]::new));
      x.setGridBandsVisible(false);
      x.setVerticalTickLabels(layers.size() > 8);
      NumberAxis y = new NumberAxis("score, normalised per metric (1 = best layer)");
      y.setRange(-0.05, 1.05);
      y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.25));
      XYPlot plot = new XYPlot(data, x, y, renderer);
      plot.setBackgroundPaint(Color.WHITE);
      plot.setDomainGridlinePaint(new Color(0xdddddd));
      plot.setRangeGridlinePaint(new Color(0xdddddd));
      int subjects = grid.subjects(roi);
      JFreeChart chart = new JFreeChart(grid.label(roi) + ": layer preference by metric",
          new Font("SansSerif", Font.BOLD, 14), plot, true);
      chart.setBackgroundPaint(Color.WHITE);
      chart.addSubtitle(new TextTitle("unreduced, mean over "
          + BestLayerFigures.subjects(subjects)));
      out.add(Figure.spectrum("metrics-" + Figure.slug(roi.name()), grid.label(roi)
          + ": each metric's score against layer depth, normalised to [0, 1] per metric "
          + "(1 = the layer it rates best); mean over " + BestLayerFigures.subjects(subjects)
          + ".", chart));
    }
    return out;
  }
}
