package org.brainalign.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Correlation against rank on log–log axes, as in Shen, Conwell &amp; Bonner (2024) Fig. 1B: one line
 * per spectrum with its fold ±1 SD band, and optionally the permutation-null quantile as a dashed
 * line. Non-positive values cannot be shown on a log axis and are left as gaps.
 */
public final class SpectrumPlot {
  private SpectrumPlot() {}

  /**
   * One spectrum to draw.
   *
   * @param label legend text
   * @param rank 1-based ranks
   * @param mean mean correlation per rank
   * @param sd standard deviation per rank (may be {@code null})
   * @param color line colour
   */
  public record Series(String label, double[] rank, double[] mean, double[] sd, Color color) {}

  /** A base-10 log axis with ticks at powers of ten, labelled as plain numbers. */
  static LogAxis logAxis(String label) {
    LogAxis axis = new LogAxis(label);
    axis.setBase(10);
    axis.setTickUnit(new NumberTickUnit(1.0));
    axis.setNumberFormatOverride(new DecimalFormat("0.####"));
    axis.setMinorTickMarksVisible(true);
    axis.setMinorTickCount(9);
    axis.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 11));
    return axis;
  }

  /**
   * @param nullRank ranks of the null line, or {@code null}
   * @param nullQuantile null quantile per rank, or {@code null}
   */
  public static JFreeChart chart(String title, List<Series> series, double[] nullRank,
      double[] nullQuantile) {
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
    double minPositive = Double.MAX_VALUE;
    for (Series s : series) {
      for (double v : s.mean()) {
        if (v > 0) {
          minPositive = Math.min(minPositive, v);
        }
      }
    }
    double floor = minPositive == Double.MAX_VALUE ? 1e-3 : minPositive / 2;
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      YIntervalSeries y = new YIntervalSeries(s.label());
      for (int k = 0; k < s.rank().length; k++) {
        double m = s.mean()[k];
        if (!(m > 0)) {
          continue;
        }
        double d = s.sd() == null || Double.isNaN(s.sd()[k]) ? 0 : s.sd()[k];
        y.add(s.rank()[k], m, Math.max(floor, m - d), m + d);
      }
      bands.addSeries(y);
      bandRenderer.setSeriesPaint(i, s.color());
      bandRenderer.setSeriesFillPaint(i, s.color());
      bandRenderer.setSeriesStroke(i, new BasicStroke(1.8f));
    }
    bandRenderer.setAlpha(0.2f);

    LogAxis x = logAxis("rank");
    x.setSmallestValue(1);
    LogAxis yAxis = logAxis("correlation (held-out)");
    yAxis.setSmallestValue(floor);
    XYPlot plot = new XYPlot(bands, x, yAxis, bandRenderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdddddd));
    plot.setRangeGridlinePaint(new Color(0xdddddd));

    if (nullRank != null && nullQuantile != null) {
      XYSeries n = new XYSeries("null quantile");
      for (int k = 0; k < nullRank.length; k++) {
        if (nullQuantile[k] > 0) {
          n.add(nullRank[k], nullQuantile[k]);
        }
      }
      XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
      r.setSeriesPaint(0, Color.GRAY);
      r.setSeriesStroke(0, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
          10f, new float[] {5f, 4f}, 0f));
      plot.setDataset(1, new XYSeriesCollection(n));
      plot.setRenderer(1, r);
    }
    JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 14), plot,
        series.size() > 1 || nullQuantile != null);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }
}
