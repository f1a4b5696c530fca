package org.brainalign.plot;

import java.awt.BasicStroke;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws {@link SpectrumPlot.Reference} spectra on a spectrum plot: datasets 3 (the references)
 * and 4 (their null quantiles), which the plot's reverse rendering order puts beneath the model's spectra
 * and null band.
 */
final class ReferenceLines {
  /** The datasets after the plot's own (0 bands, 1 raw traces, 2 null band). */
  static final int LINES = 3;
  static final int NULLS = 4;

  private ReferenceLines() {}

  static void add(XYPlot plot, List<SpectrumPlot.Reference> references) {
    XYSeriesCollection lines = new XYSeriesCollection();
    XYSeriesCollection nulls = new XYSeriesCollection();
    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    XYLineAndShapeRenderer nullRenderer = new XYLineAndShapeRenderer(true, false);
    for (SpectrumPlot.Reference r : references) {
      int i = lines.getSeriesCount();
      lines.addSeries(series(r.label(), r.rank(), r.mean()));
      lineRenderer.setSeriesPaint(i, SpectrumPlot.REFERENCE_GREY);
      lineRenderer.setSeriesStroke(i, stroke(2.2f, r.dashed()));
      if (r.nullQuantile() != null) {
        int j = nulls.getSeriesCount();
        nulls.addSeries(series(r.label() + " null", r.rank(), r.nullQuantile()));
        nullRenderer.setSeriesPaint(j, SpectrumPlot.REFERENCE_NULL_GREY);
        nullRenderer.setSeriesStroke(j, stroke(1.2f, r.dashed()));
        nullRenderer.setSeriesVisibleInLegend(j, false);
      }
    }
    plot.setDataset(LINES, lines);
    plot.setRenderer(LINES, lineRenderer);
    if (nulls.getSeriesCount() > 0) {
      plot.setDataset(NULLS, nulls);
      plot.setRenderer(NULLS, nullRenderer);
    }
  }

  /** Per-rank points on the symmetric-log axis; ranks below 1 and NaN values are skipped. */
  private static XYSeries series(String label, double[] rank, double[] values) {
    XYSeries s = new XYSeries(label, false, true);
    for (int k = 0; k < rank.length; k++) {
      if (rank[k] >= 1 && !Double.isNaN(values[k])) {
        s.add(rank[k], SymLog.forward(values[k]));
      }
    }
    return s;
  }

  private static Stroke stroke(float width, boolean dashed) {
    return dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
        new float[] {7f, 4f}, 0f) : new BasicStroke(width, BasicStroke.CAP_ROUND,
        BasicStroke.JOIN_ROUND);
  }
}
