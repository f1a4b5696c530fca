package org.brainalign.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The paper-style spectrum plot: symmetric-log values, geometric bins, null band, shared dims. */
class SpectrumPlotTest {

  @Test
  void symmetricLogIsMonotoneOddAndInvertible() {
    double prev = Double.NEGATIVE_INFINITY;
    for (double y = -1; y <= 1; y += 0.001) {
      double t = SymLog.forward(y);
      assertThat(t).isGreaterThan(prev);
      assertThat(SymLog.forward(-y)).isCloseTo(-t, within(1e-12));
      assertThat(SymLog.inverse(t)).isCloseTo(y, within(1e-12));
      prev = t;
    }
    assertThat(SymLog.forward(0.01)).isCloseTo(1, within(1e-12));
    assertThat(SymLog.forward(0.1)).isCloseTo(2, within(1e-12));
    assertThat(SymLog.forward(-1)).isCloseTo(-3, within(1e-12));
    assertThat(SymLog.labels().format(2.0)).isEqualTo("0.1");
    assertThat(SymLog.labels().format(-1.0)).isEqualTo("-0.01");
  }

  @Test
  void binsAreThreePerDecadeWithGeometricCentres() {
    double[] rank = new double[100];
    double[] v = new double[100];
    for (int k = 0; k < 100; k++) {
      rank[k] = k + 1;
      v[k] = k + 1;
    }
    Map<Integer, double[]> b = SpectrumPlot.binned(rank, v, null);
    // Edges 10^(k/3): 1, 2.15, 4.64, 10, 21.5, 46.4, 100.
    assertThat(b.keySet()).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(b.get(0)[1]).isCloseTo(1.5, within(1e-12)); // ranks 1, 2
    assertThat(b.get(0)[0]).isCloseTo(Math.sqrt(2), within(1e-12));
    assertThat(b.get(1)[1]).isCloseTo(3.5, within(1e-12)); // ranks 3, 4
    assertThat(b.get(3)[1]).isCloseTo(15.5, within(1e-12)); // ranks 10–21
    assertThat(b.get(6)[1]).isCloseTo(100, within(1e-12));
  }

  /**
   * The chart of one series {@code s} over ranks 1 to {@code n}, {@code mean.applyAsDouble(k)} at
   * rank k + 1, with a constant standard deviation {@code sd} and null quantile {@code nullQ}.
   */
  static JFreeChart rankedChart(String title, int n, IntToDoubleFunction mean, double sd,
      double nullQ, Color color) {
    double[] rank = new double[n];
    double[] means = new double[n];
    for (int k = 0; k < n; k++) {
      rank[k] = k + 1;
      means[k] = mean.applyAsDouble(k);
    }
    double[] sds = new double[n];
    java.util.Arrays.fill(sds, sd);
    double[] nulls = new double[n];
    java.util.Arrays.fill(nulls, nullQ);
    return SpectrumPlot.chart(title, List.of(new SpectrumPlot.Series("s", rank, means, sds,
        color)), rank, nulls);
  }

  @Test
  void negativeValuesAreDrawnAndTheSharedDimensionalityIsMarked() {
    int n = 40;
    JFreeChart chart = rankedChart("t", n, k -> k < 7 ? 0.8 / (k + 1) : (k % 2 == 0 ? -0.03 : 0.02),
        0.05, 0.1, Color.BLUE);
    XYPlot plot = chart.getXYPlot();
    XYDataset raw = plot.getDataset(1);
    assertThat(raw.getItemCount(0)).as("every rank is in the raw trace").isEqualTo(n);
    int negative = 0;
    for (int i = 0; i < n; i++) {
      if (raw.getYValue(0, i) < 0) {
        negative++;
      }
    }
    assertThat(negative).isEqualTo(16);
    XYDataset binned = plot.getDataset(0);
    assertThat(binned.getItemCount(0)).isEqualTo(5); // bins 1–2, 3–4, 5–9, 10–21, 22–40
    assertThat(plot.getDataset(2).getItemCount(0)).as("null band").isEqualTo(5);
    assertThat(plot.getDomainMarkers(Layer.FOREGROUND)).hasSize(1);
    ValueMarker m = (ValueMarker) plot.getDomainMarkers(Layer.FOREGROUND).iterator().next();
    // 0.8 / k > 0.1 for k ≤ 7.
    assertThat(m.getValue()).isEqualTo(7);
    assertThat(m.getLabel()).contains("shared dimensionality 7");
  }

  @Test
  void referencesAreGreyLinesBeneathTheSpectraWithTheirNullOutOfTheLegend() {
    double[] rank = {1, 2, 3, 4};
    double[] mean = {0.4, 0.2, 0.1, 0.05};
    List<SpectrumPlot.Series> series = List.of(new SpectrumPlot.Series("s", rank, mean, null,
        Color.BLUE));
    JFreeChart plain = SpectrumPlot.chart("t", series, null, null);
    assertThat(plain.getXYPlot().getDataset(3)).isNull();
    assertThat(plain.getLegend()).isNull();

    JFreeChart chart = SpectrumPlot.chart("t", series, null, null, List.of(
        new SpectrumPlot.Reference("within-subject reference", rank,
            new double[] {0.8, 0.6, Double.NaN, 0.3}, new double[] {0.1, 0.1, 0.1, 0.1}, false),
        new SpectrumPlot.Reference("between-subject reference", rank, mean, null, true)));
    XYPlot plot = chart.getXYPlot();
    XYDataset lines = plot.getDataset(3);
    assertThat(lines.getSeriesCount()).isEqualTo(2);
    // The NaN rank is skipped; values are on the symmetric-log axis.
    assertThat(lines.getItemCount(0)).isEqualTo(3);
    assertThat(lines.getYValue(0, 0)).isCloseTo(SymLog.forward(0.8), within(1e-12));
    assertThat(plot.getDataset(4).getSeriesCount()).isEqualTo(1);
    assertThat(plot.getDataset(4).getYValue(0, 2)).isCloseTo(SymLog.forward(0.1), within(1e-12));
    assertThat(plot.getRenderer(3).getSeriesPaint(0)).isEqualTo(SpectrumPlot.REFERENCE_GREY);
    assertThat(plot.getRenderer(4).getSeriesPaint(0)).isEqualTo(SpectrumPlot.REFERENCE_NULL_GREY);
    java.awt.BasicStroke dashed = (java.awt.BasicStroke) plot.getRenderer(3).getSeriesStroke(1);
    assertThat(dashed.getDashArray()).isNotNull();
    assertThat(((java.awt.BasicStroke) plot.getRenderer(3).getSeriesStroke(0)).getDashArray())
        .isNull();
    // Beneath: the plot draws higher dataset indices first.
    assertThat(plot.getDatasetRenderingOrder())
        .isEqualTo(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
    List<String> legend = new java.util.ArrayList<>();
    for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
      legend.add(plot.getLegendItems().get(i).getLabel());
    }
    assertThat(chart.getLegend()).isNotNull();
    assertThat(legend).containsExactly("s", "within-subject reference",
        "between-subject reference");
  }
}
