package org.brainalign.report;

import java.util.ArrayList;
import java.util.List;
import org.brainalign.plot.SpectrumPlot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.TextTitle;

/**
 * Figure 2 of Shen, Conwell &amp; Bonner (2024): per ROI, every layer's unreduced spectrum coloured
 * by depth (viridis, shallow = dark), and the layer × rank-bin heat map of mean correlation.
 */
final class DepthFigures {
  /** With more layers than this, a depth colour bar replaces the legend. */
  static final int MAX_LEGEND = 8;

  private DepthFigures() {}

  private static void depthBar(JFreeChart chart, int maxDepth) {
    chart.removeLegend();
    NumberAxis axis = new NumberAxis("layer depth (0 = first)");
    axis.setRange(0, Math.max(1, maxDepth));
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    chart.addSubtitle(new SequentialScale(0, Math.max(1, maxDepth), 0.9).colourBar(axis));
  }

  static List<Figure> build(StudyGrid grid, String metric, String prefix) {
    List<Figure> out = new ArrayList<>();
    for (ResultCell.Roi roi : grid.rois()) {
      List<ResultCell.Layer> layers = grid.spectrumLayers(metric, roi);
      if (layers.isEmpty()) {
        continue;
      }
      List<SpectrumPlot.Series> series = new ArrayList<>();
      List<MeanSpectrum> spectra = new ArrayList<>();
      int maxDepth = StudyGrid.depthRange(layers) - 1;
      for (ResultCell.Layer layer : layers) {
        MeanSpectrum sp = grid.spectrum(metric, roi, layer, ResultCell.NONE);
        spectra.add(sp);
        MeanSpectrum drawn = sp.forPlot();
        double t = maxDepth == 0 ? 0 : 0.9 * layer.index() / maxDepth;
        series.add(new SpectrumPlot.Series(grid.label(layer) + " (depth " + layer.index() + ")",
            drawn.rank(), drawn.mean(), null, ColorMap.sequential(t)));
      }
      int subjects = grid.subjects(roi);
      List<SpectrumPlot.Reference> refs = ReferenceSeries.of(grid, roi);
      JFreeChart lines = LogRanges.labelled(SpectrumPlot.chart(
          grid.label(roi) + ": spectra of all layers", series, null, null, refs));
      lines.addSubtitle(new TextTitle(metric + ", unreduced, mean over "
          + BestLayerFigures.subjects(subjects) + "; colour = layer depth"
          + (refs.isEmpty() ? "" : "; grey = the brain's reference")));
      if (layers.size() > MAX_LEGEND) {
        depthBar(lines, maxDepth);
      }
      String slug = prefix + "fig2-" + Figure.slug(roi.name());
      out.add(Figure.spectrum(slug + "-spectra", grid.label(roi) + ": every layer's spectrum, "
          + "coloured by depth from dark (shallow) to light (deep); mean over "
          + BestLayerFigures.subjects(subjects) + "." + ReferenceSeries.caption(refs), lines));
      List<String> names = layers.stream().map(grid::label).toList();
      JFreeChart heat = LayerHeatmap.chart(grid.label(roi) + ": mean correlation by rank bin",
          names, spectra, new RankBins(3));
      heat.addSubtitle(new TextTitle(metric + ", unreduced, mean over "
          + BestLayerFigures.subjects(subjects) + "; 3 geometric bins per decade"));
      out.add(new Figure(slug + "-heatmap", grid.label(roi) + ": mean correlation per layer "
          + "(rows, shallow at the bottom) and rank bin (columns: ranks 10^(k/3) to "
          + "10^((k+1)/3)), colour on a log scale; grey: mean ≤ 0; blank: no ranks there.", heat, Figure.WIDTH,
          LayerHeatmap.height(layers.size())));
    }
    return out;
  }
}
