package org.brainalign.report;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A layer × rank-bin heat map of mean correlation (Fig. 2, right): one row per layer (shallow at
 * the bottom), one column per geometric rank bin, colour = mean correlation of the ranks in the bin
 * on a log scale (viridis, with a colour bar), so that the power-law tail stays as readable as the
 * first ranks; a bin whose mean is ≤ 0 is grey.
 */
final class LayerHeatmap {
  private LayerHeatmap() {}

  /** Chart height for n layers: room for rows, axes, titles and the colour bar. */
  static int height(int layers) {
    return Math.max(360, 200 + 30 * layers);
  }

  /**
   * @param layers row labels, shallow first
   * @param spectra one spectrum per row
   */
  static JFreeChart chart(String title, List<String> layers, List<MeanSpectrum> spectra,
      RankBins bins) {
    int maxBin = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int cells = 0;
    for (MeanSpectrum s : spectra) {
      for (Map.Entry<Integer, Double> e : bins.means(s.rank(), s.mean()).entrySet()) {
        maxBin = Math.max(maxBin, e.getKey());
        if (e.getValue() > 0) {
          lo = Math.min(lo, Math.log10(e.getValue()));
          hi = Math.max(hi, Math.log10(e.getValue()));
        }
        cells++;
      }
    }
    double[][] xyz = new double[3][cells];
    int c = 0;
    for (int row = 0; row < spectra.size(); row++) {
      MeanSpectrum s = spectra.get(row);
      for (Map.Entry<Integer, Double> e : bins.means(s.rank(), s.mean()).entrySet()) {
        xyz[0][c] = e.getKey();
        xyz[1][c] = row;
        // log10 of the mean; a mean ≤ 0 has no logarithm and is drawn grey (NaN).
        xyz[2][c] = e.getValue() > 0 ? Math.log10(e.getValue()) : Double.NaN;
        c++;
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("mean correlation", xyz);
    if (lo > hi) {
      lo = -1;
      hi = 0;
    } else if (hi - lo < 1e-12) {
      lo -= 0.5;
      hi += 0.5;
    }
    String[] binLabels = new String[maxBin + 1];
    for (int k = 0; k <= maxBin; k++) {
      binLabels[k] = bins.label(k);
    }
    SymbolAxis x = new SymbolAxis("rank bin", binLabels);
    x.setVerticalTickLabels(maxBin > 7);
    x.setGridBandsVisible(false);
    SymbolAxis y = new SymbolAxis("layer", layers.toArray(String[]::new));
    y.setGridBandsVisible(false);
    XYBlockRenderer renderer = new XYBlockRenderer();
    SequentialScale scale = new SequentialScale(lo, hi, 1);
    renderer.setPaintScale(scale);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 14), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    NumberAxis barAxis = new NumberAxis("mean correlation (log scale)");
    barAxis.setRange(lo, hi);
    barAxis.setTickUnit(new NumberTickUnit(hi - lo > 1.5 ? 1 : hi - lo > 0.6 ? 0.5 : 0.1,
        new PowerOfTenFormat()));
    chart.addSubtitle(scale.colourBar(barAxis));
    return chart;
  }
}
