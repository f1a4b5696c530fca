package org.brainalign.report;

import java.util.ArrayList;
import java.util.List;
import org.brainalign.plot.SpectrumPlot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/**
 * Figure 2 of Shen, Conwell &amp; Bonner (2024): per ROI, every layer's unreduced spectrum coloured
 * by depth (viridis, shallow = dark), and the layer × rank-bin heat map of mean correlation.
 */
final class DepthFigures {
  private DepthFigures() {}

  static List<Figure> build(StudyGrid grid, String metric, String prefix) {
    List<Figure> out = new ArrayList<>();
    for (Cell.Roi roi : grid.rois()) {
      List<Cell.Layer> layers = grid.spectrumLayers(metric, roi);
      if (layers.isEmpty()) {
        continue;
      }
      List<SpectrumPlot.Series> series = new ArrayList<>();
      List<Spectrum> spectra = new ArrayList<>();
      int maxDepth = StudyGrid.depthRange(layers) - 1;
      for (Cell.Layer layer : layers) {
        Spectrum sp = grid.spectrum(metric, roi, layer, Cell.NONE);
        spectra.add(sp);
        double t = maxDepth == 0 ? 0 : 0.9 * layer.index() / maxDepth;
        series.add(new SpectrumPlot.Series(grid.label(layer) + " (depth " + layer.index() + ")",
            sp.rank(), sp.mean(), null, ColorMap.sequential(t)));
      }
      int subjects = grid.subjects(roi);
      JFreeChart lines = SpectrumPlot.chart(grid.label(roi) + ": spectra of all layers", series,
          null, null);
      lines.addSubtitle(new TextTitle(metric + ", unreduced, mean over "
          + BestLayerFigures.subjects(subjects) + "; colour = layer depth"));
      String slug = prefix + "fig2-" + Figure.slug(roi.name());
      out.add(Figure.spectrum(slug + "-spectra", grid.label(roi) + ": every layer's spectrum, "
          + "coloured by depth from dark (shallow) to light (deep); mean over "
          + BestLayerFigures.subjects(subjects) + ".", lines));
      List<String> names = layers.stream().map(grid::label).toList();
      JFreeChart heat = LayerHeatmap.chart(grid.label(roi) + ": mean correlation by rank bin",
          names, spectra, new RankBins(3));
      heat.addSubtitle(new TextTitle(metric + ", unreduced, mean over "
          + BestLayerFigures.subjects(subjects) + "; 3 geometric bins per decade"));
      out.add(new Figure(slug + "-heatmap", grid.label(roi) + ": mean correlation per layer "
          + "(rows, shallow at the bottom) and rank bin (columns: ranks 10^(k/3) to "
          + "10^((k+1)/3)); blank cells: no ranks there.", heat, Figure.WIDTH,
          LayerHeatmap.height(layers.size())));
    }
    return out;
  }
}
