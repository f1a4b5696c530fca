package org.brainalign.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.brainalign.identification.Criterion;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report's "System identification" section, from {@code identification.csv}: per metric, the
 * fraction of (subject, ROI) whose true source layer it ranks first (rank 1, no tie), per ROI; a
 * table of the mean rank per ROI × metric; and, when the known answers vary, the identification
 * rate against reliability and against the number of images, per metric.
 */
final class IdentificationFigures {
  private IdentificationFigures() {}

  /** The section, or {@code null} without rows (no identification.csv). */
  static Section section(List<IdentificationResult> rows) {
    if (rows.isEmpty()) {
      return null;
    }
    List<String> metrics = distinct(rows, IdentificationResult::metric);
    List<String> rois = distinct(rows, IdentificationResult::roi);
    List<Figure> figures = new ArrayList<>();
    figures.add(rates(rows, metrics, rois));
    Figure byReliability = sweep(rows, metrics, "reliability", IdentificationResult::reliability);
    if (byReliability != null) {
      figures.add(byReliability);
    }
    Figure byImages = sweep(rows, metrics, "images", IdentificationResult::images);
    if (byImages != null) {
      figures.add(byImages);
    }
    long unranked = rows.stream().filter(r -> !r.ranked()).count();
    String text = "Each ROI's voxels are read out from a known layer of a source network (the "
        + "surrogate dataset; the \"model as brain\" test of Han, Poggio & Cheung, 2023). For "
        + "each metric, subject and ROI, identification.csv gives the rank of that layer among "
        + "the study's unreduced layers (1 = best), by the same criterion as the best layer "
        + "above: a spectrum metric's mean correlation over ranks 1–" + Criterion.LEADING_RANKS
        + ", any other metric's score turned so that larger is better. A metric identifies the "
        + "layer when it ranks it first with no tie."
        + (unranked == 0 ? "" : " In " + unranked + " row" + (unranked == 1 ? "" : "s")
        + " the true layer is not among the layers of the study: left out of the rates and "
        + "ranks (see the note column of identification.csv).");
    List<TextTable> tables = new ArrayList<>(List.of(table(rows, metrics, rois)));
    if (rows.stream().anyMatch(r -> r.inferredReadout() != null)) {
      tables.add(readoutTable(rows, metrics, rois));
    }
    return new Section("identification", "System identification", text, figures, tables);
  }

  /** Per ROI × metric: how often the channel/spatial costs at the true layer name its readout. */
  private static TextTable readoutTable(List<IdentificationResult> rows, List<String> metrics,
      List<String> rois) {
    List<String> header = new ArrayList<>(List.of("ROI", "true readout"));
    metrics.forEach(m -> header.add(m + ": readout found"));
    List<List<String>> body = new ArrayList<>();
    for (String roi : rois) {
      List<IdentificationResult> of = rows.stream().filter(r -> r.roi().equals(roi)).toList();
      List<String> line = new ArrayList<>(List.of(roi, of.get(0).trueReadout()));
      for (String metric : metrics) {
        List<IdentificationResult> cell = of.stream().filter(r -> r.metric().equals(metric)
            && r.inferredReadout() != null).toList();
        long found = cell.stream().filter(r -> r.inferredReadout().equals(r.trueReadout())).count();
        line.add(cell.isEmpty() ? "n/a" : found + "/" + cell.size());
      }
      body.add(line);
    }
    return new TextTable("Readout type (the paper's Figure 3 test): at the true layer, a local "
        + "readout should lose more from a spatial than from a channel projection to the same "
        + "dimensionality, a pooled one the reverse; how many subjects' ROIs the metric gets right "
        + "(identification.csv: channel_cost, spatial_cost, inferred_readout).", header, body);
  }

  private static Figure rates(List<IdentificationResult> rows, List<String> metrics,
      List<String> rois) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (String roi : rois) {
      if (rows.stream().noneMatch(r -> r.ranked() && r.roi().equals(roi))) {
        continue; // its true layer is not in the study: said in the section's text
      }
      for (String metric : metrics) {
        List<IdentificationResult> cell = ranked(rows, metric, roi);
        data.addValue(cell.isEmpty() ? null : rate(cell), roiLabel(rows, roi), metric);
      }
    }
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    // The value on each bar, so that a rate of 0 reads as 0, not as a missing bar.
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
        new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))));
    renderer.setDefaultItemLabelsVisible(true);
    for (int i = 0; i < data.getRowCount(); i++) {
      renderer.setSeriesPaint(i, ColorMap.category(i));
    }
    CategoryAxis x = new CategoryAxis("metric");
    x.setMaximumCategoryLabelWidthRatio(1.5f); // "cross-decomposition" in full, not "cro..."
    x.setMaximumCategoryLabelLines(2);
    CategoryPlot plot = new CategoryPlot(data, x, rateAxis(), renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    JFreeChart chart = new JFreeChart("Identification of the source layer",
        new Font("SansSerif", Font.BOLD, 14), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(new TextTitle("fraction of subjects whose ROI's true layer is ranked first"));
    return Figure.spectrum("identification-rate", "Per metric and ROI, the fraction of subjects "
        + "for which the metric ranks the ROI's true source layer first among the study's layers "
        + "(no tie).", chart);
  }

  /** Rate against a known-answer value, per metric; null unless the rows have two values. */
  private static Figure sweep(List<IdentificationResult> rows, List<String> metrics, String name,
      ToDoubleFunction<IdentificationResult> value) {
    Set<Double> values = new TreeSet<>();
    rows.stream().filter(IdentificationResult::ranked).mapToDouble(value)
        .filter(Double::isFinite).forEach(values::add);
    if (values.size() < 2) {
      return null;
    }
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < metrics.size(); i++) {
      String metric = metrics.get(i);
      XYSeries series = new XYSeries(metric);
      for (double v : values) {
        List<IdentificationResult> at = rows.stream().filter(r -> r.ranked()
            && r.metric().equals(metric) && value.applyAsDouble(r) == v).toList();
        if (!at.isEmpty()) {
          series.add(v, rate(at));
        }
      }
      data.addSeries(series);
      renderer.setSeriesPaint(i, ColorMap.category(i));
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    NumberAxis x = new NumberAxis(name);
    x.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(data, x, rateAxis(), renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdddddd));
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    JFreeChart chart = new JFreeChart("Identification rate against " + name,
        new Font("SansSerif", Font.BOLD, 14), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(new TextTitle("over subjects and ROIs at each " + name));
    return Figure.spectrum("identification-by-" + name, "Per metric, the fraction of (subject, "
        + "ROI) whose true layer is ranked first, against the known answer's " + name + " ("
        + values.size() + " values).", chart);
  }

  private static TextTable table(List<IdentificationResult> rows, List<String> metrics,
      List<String> rois) {
    List<String> header = new ArrayList<>(List.of("ROI", "true layer", "readout", "layers"));
    metrics.forEach(m -> header.add(m + ": mean rank (identified)"));
    List<List<String>> body = new ArrayList<>();
    for (String roi : rois) {
      IdentificationResult first = rows.stream().filter(r -> r.roi().equals(roi)).findFirst()
          .orElseThrow();
      List<String> line = new ArrayList<>(List.of(roi, first.trueLayer(), first.trueReadout(),
          Integer.toString(first.candidates())));
      for (String metric : metrics) {
        line.add(summary(ranked(rows, metric, roi)));
      }
      body.add(line);
    }
    List<String> all = new ArrayList<>(List.of("all ROIs", "", "", ""));
    for (String metric : metrics) {
      all.add(summary(rows.stream().filter(r -> r.ranked() && r.metric().equals(metric)).toList()));
    }
    body.add(all);
    return new TextTable("Mean rank of the true layer over subjects (1 = ranked first), and how "
        + "many subjects' ROIs were identified (rank 1, no tie).", header, body);
  }

  private static String summary(List<IdentificationResult> cell) {
    if (cell.isEmpty()) {
      return "n/a";
    }
    double mean = cell.stream().mapToInt(IdentificationResult::rank).average().orElse(Double.NaN);
    long identified = cell.stream().filter(IdentificationResult::identified).count();
    return String.format(Locale.ROOT, "%.2f (%d/%d)", mean, identified, cell.size());
  }

  private static List<IdentificationResult> ranked(List<IdentificationResult> rows, String metric,
      String roi) {
    return rows.stream().filter(r -> r.ranked() && r.metric().equals(metric)
        && r.roi().equals(roi)).toList();
  }

  private static double rate(List<IdentificationResult> rows) {
    return rows.stream().filter(IdentificationResult::identified).count() / (double) rows.size();
  }

  /** "early (local layer1)": the ROI with its known answer, when all its subjects agree. */
  private static String roiLabel(List<IdentificationResult> rows, String roi) {
    Set<String> answers = new LinkedHashSet<>();
    rows.stream().filter(r -> r.roi().equals(roi))
        .forEach(r -> answers.add((r.trueReadout().isEmpty() ? "" : r.trueReadout() + " ")
            + r.trueLayer()));
    return answers.size() == 1 ? roi + " (" + answers.iterator().next() + ")" : roi;
  }

  private static NumberAxis rateAxis() {
    NumberAxis y = new NumberAxis("identification rate");
    y.setRange(0, 1.05);
    y.setTickUnit(new NumberTickUnit(0.25));
    return y;
  }

  private static List<String> distinct(List<IdentificationResult> rows,
      Function<IdentificationResult, String> key) {
    Set<String> seen = new LinkedHashSet<>();
    rows.forEach(r -> seen.add(key.apply(r)));
    return List.copyOf(seen);
  }
}
