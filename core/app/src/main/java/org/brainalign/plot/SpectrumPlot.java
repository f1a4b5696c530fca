package org.brainalign.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Correlation against rank as the paper draws it (Shen, Conwell &amp; Bonner 2024, Fig. 1B): a log
 * rank axis; per spectrum the mean over geometric rank bins ({@value #BINS_PER_DECADE} per decade,
 * points at the bins' geometric centres) with a ±1 SD band (across subjects, or folds for one), over
 * the raw per-rank trace drawn thin and faint; the permutation null as a grey band (± its quantile,
 * binned alike); the shared dimensionality (leading ranks above the null) as a dashed vertical
 * line. The correlation axis is symmetric-log ({@link SymLog}), so zero and negative values are
 * drawn, never dropped. The brain's own reference spectra ({@link Reference}: first against second
 * presentation within a subject, or between subjects) are drawn beneath as {@link #REFERENCE_GREY}
 * lines, each with its null quantile as a thin {@link #REFERENCE_NULL_GREY} line.
 */
public final class SpectrumPlot {
  /** Geometric rank bins per decade of the summary points (the paper's figures use 3). */
  public static final int BINS_PER_DECADE = 3;

  /** Colour of a reference spectrum's line. */
  public static final Color REFERENCE_GREY = new Color(0x606060);
  /** Colour of a reference spectrum's null-quantile line. */
  public static final Color REFERENCE_NULL_GREY = new Color(0xb4b4b4);

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

  /**
   * A reference spectrum of the brain against itself, drawn per rank as a grey line.
   *
   * @param label legend text, e.g. {@code within-subject reference}
   * @param rank 1-based ranks, shape (nRanks)
   * @param mean correlation per rank, shape (nRanks)
   * @param nullQuantile permutation-null quantile per rank, shape (nRanks), or {@code null}
   *     (NaN entries are skipped); drawn as a thin light-grey line in the same dashes
   * @param dashed whether the line is dashed (so two references on one chart stay apart)
   */
  public record Reference(String label, double[] rank, double[] mean, double[] nullQuantile,
      boolean dashed) {}

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

  /** The 0-based geometric bin of rank r ≥ 1: ⌊d · log10 r⌋. */
  static int bin(double rank) {
    return (int) Math.floor(BINS_PER_DECADE * Math.log10(rank) + 1e-9);
  }

  /**
   * Bin means: {@code [bin] → {geometric-mean rank, mean of values, mean of spread}}; NaN values
   * are skipped, empty bins absent.
   */
  static Map<Integer, double[]> binned(double[] rank, double[] values, double[] spread) {
    Map<Integer, double[]> acc = new TreeMap<>();
    for (int k = 0; k < rank.length; k++) {
      if (!(rank[k] >= 1) || Double.isNaN(values[k])) {
        continue;
      }
      double[] a = acc.computeIfAbsent(bin(rank[k]), x -> new double[4]);
      a[0]++;
      a[1] += Math.log(rank[k]);
      a[2] += values[k];
      a[3] += spread == null || Double.isNaN(spread[k]) ? 0 : spread[k];
    }
    Map<Integer, double[]> out = new TreeMap<>();
    acc.forEach((b, a) -> out.put(b, new double[] {Math.exp(a[1] / a[0]), a[2] / a[0],
        a[3] / a[0]}));
    return out;
  }

  /** Leading ranks whose mean exceeds the null quantile at the same rank. */
  static int sharedDimensionality(double[] rank, double[] mean, double[] nullRank,
      double[] nullQuantile) {
    Map<Double, Double> q = new TreeMap<>();
    for (int k = 0; k < nullRank.length; k++) {
      q.put(nullRank[k], nullQuantile[k]);
    }
    int d = 0;
    for (int k = 0; k < rank.length; k++) {
      Double t = q.get(rank[k]);
      if (rank[k] != d + 1 || t == null || Double.isNaN(t) || !(mean[k] > t)) {
        break;
      }
      d++;
    }
    return d;
  }

  /**
   * @param nullRank ranks of the null, or {@code null}
   * @param nullQuantile null quantile per rank, or {@code null}; with one series its shared
   *     dimensionality is marked
   */
  public static JFreeChart chart(String title, List<Series> series, double[] nullRank,
      double[] nullQuantile) {
    return chart(title, series, nullRank, nullQuantile, List.of());
  }

  /**
   * As {@link #chart(String, List, double[], double[])}, with the brain's reference spectra drawn
   * beneath the series.
   *
   * @param references reference spectra (may be empty); each is named in the legend
   */
  public static JFreeChart chart(String title, List<Series> series, double[] nullRank,
      double[] nullQuantile, List<Reference> references) {
    LogAxis x = logAxis("rank (points: geometric bins, " + BINS_PER_DECADE + " per decade)");
    x.setSmallestValue(1);
    NumberAxis y = new NumberAxis("correlation (held-out, symmetric log)");
    y.setTickUnit(new NumberTickUnit(1.0));
    y.setNumberFormatOverride(SymLog.labels());
    y.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 11));
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(x);
    plot.setRangeAxis(y);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdddddd));
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.addRangeMarker(new ValueMarker(0, new Color(0x999999), new BasicStroke(0.8f)));

    // Dataset 0: binned means with bands (drawn on top); 1: raw traces; 2: null band.
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    DeviationRenderer bandRenderer = new DeviationRenderer(true, true);
    XYSeriesCollection raw = new XYSeriesCollection();
    XYLineAndShapeRenderer rawRenderer = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      YIntervalSeries b = new YIntervalSeries(s.label());
      binned(s.rank(), s.mean(), s.sd()).values().forEach(v -> b.add(v[0],
          SymLog.forward(v[1]), SymLog.forward(v[1] - v[2]), SymLog.forward(v[1] + v[2])));
      bands.addSeries(b);
      bandRenderer.setSeriesPaint(i, s.color());
      bandRenderer.setSeriesFillPaint(i, s.color());
      bandRenderer.setSeriesStroke(i, new BasicStroke(1.8f));
      XYSeries r = new XYSeries(s.label() + " (per rank)", false, true);
      for (int k = 0; k < s.rank().length; k++) {
        if (s.rank()[k] >= 1 && !Double.isNaN(s.mean()[k])) {
          r.add(s.rank()[k], SymLog.forward(s.mean()[k]));
        }
      }
      raw.addSeries(r);
      Color c = s.color();
      rawRenderer.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), 90));
      rawRenderer.setSeriesStroke(i, new BasicStroke(0.7f));
      rawRenderer.setSeriesVisibleInLegend(i, false);
    }
    bandRenderer.setAlpha(0.2f);
    plot.setDataset(0, bands);
    plot.setRenderer(0, bandRenderer);
    plot.setDataset(1, raw);
    plot.setRenderer(1, rawRenderer);

    boolean hasNull = nullRank != null && nullQuantile != null;
    if (hasNull) {
      YIntervalSeries n = new YIntervalSeries("permutation null (± quantile)");
      binned(nullRank, nullQuantile, null).values().forEach(v -> n.add(v[0], 0,
          SymLog.forward(-Math.abs(v[1])), SymLog.forward(Math.abs(v[1]))));
      DeviationRenderer nr = new DeviationRenderer(true, false);
      nr.setSeriesPaint(0, new Color(0x777777));
      nr.setSeriesFillPaint(0, new Color(0x777777));
      nr.setSeriesStroke(0, new BasicStroke(0.1f));
      nr.setAlpha(0.18f);
      YIntervalSeriesCollection nulls = new YIntervalSeriesCollection();
      nulls.addSeries(n);
      plot.setDataset(2, nulls);
      plot.setRenderer(2, nr);
      if (series.size() == 1) {
        Series s = series.get(0);
        int d = sharedDimensionality(s.rank(), s.mean(), nullRank, nullQuantile);
        if (d > 0) {
          ValueMarker m = new ValueMarker(d, s.color().darker(), new BasicStroke(1.2f,
              BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
          m.setLabel("shared dimensionality " + d);
          m.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
          m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
          m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
          plot.addDomainMarker(m, Layer.FOREGROUND);
        }
      }
    }
    if (!references.isEmpty()) {
      ReferenceLines.add(plot, references);
    }
    JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 14), plot,
        series.size() > 1 || hasNull || !references.isEmpty());
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }
}
