package org.brainalign.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.plot.SpectrumPlot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/**
 * Figure 3 of Shen, Conwell &amp; Bonner (2024): per ROI and swept layer, the spectra after
 * reducing the layer's channels only and its spatial positions only (one chart per axis),
 * coloured by the target dimensionality (dark = smallest), with the unreduced spectrum dashed
 * black as reference.
 */
final class SweepFigures {
  private SweepFigures() {}

  static List<Figure> build(StudyGrid grid, String metric, String prefix) {
    List<Figure> out = new ArrayList<>();
    for (ResultCell.Roi roi : grid.rois()) {
      for (ResultCell.Layer layer : grid.spectrumLayersWithReductions(metric, roi)) {
        Map<String, List<StudyGrid.Reduction>> byAxis = new LinkedHashMap<>();
        for (StudyGrid.Reduction r : grid.reductions(metric, roi, layer)) {
          byAxis.computeIfAbsent(r.axis(), a -> new ArrayList<>()).add(r);
        }
        for (String axis : orderedAxes(byAxis)) {
          out.add(figure(grid, metric, prefix, roi, layer, axis, byAxis.get(axis)));
        }
      }
    }
    return out;
  }

  private static List<String> orderedAxes(Map<String, List<StudyGrid.Reduction>> byAxis) {
    List<String> axes = new ArrayList<>();
    for (String a : List.of("channel", "spatial", "all")) {
      if (byAxis.containsKey(a)) {
        axes.add(a);
      }
    }
    byAxis.keySet().stream().filter(a -> !axes.contains(a)).forEach(axes::add);
    return axes;
  }

  private static Figure figure(StudyGrid grid, String metric, String prefix, ResultCell.Roi roi,
      ResultCell.Layer layer, String axis, List<StudyGrid.Reduction> sweep) {
    List<SpectrumPlot.Series> series = new ArrayList<>();
    MeanSpectrum reference = grid.spectrum(metric, roi, layer, ResultCell.NONE);
    reference = reference == null ? null : reference.forPlot();
    if (reference != null) {
      series.add(new SpectrumPlot.Series("unreduced", reference.rank(), reference.mean(), null,
          Color.BLACK));
    }
    for (int i = 0; i < sweep.size(); i++) {
      StudyGrid.Reduction r = sweep.get(i);
      MeanSpectrum sp = grid.spectrum(metric, roi, layer, r.spec()).forPlot();
      String label = r.dim() > 0 ? axis + " dim " + r.dim() : r.spec();
      series.add(new SpectrumPlot.Series(label, sp.rank(), sp.mean(), null,
          ColorMap.ordered(i, sweep.size())));
    }
    String what = switch (axis) {
      case "channel" -> "channel (feature) reduction";
      case "spatial" -> "spatial reduction";
      case "all" -> "reduction of all units";
      default -> axis + " reduction";
    };
    int subjects = grid.subjects(roi);
    List<SpectrumPlot.Reference> refs = ReferenceSeries.of(grid, roi);
    JFreeChart chart = LogRanges.labelled(SpectrumPlot.chart(
        grid.label(roi) + ", " + grid.label(layer) + ": " + what, series, null, null, refs));
    if (reference != null) {
      // Dashed, so that a reduced spectrum equal to the reference (dim ≥ input size) stays visible.
      chart.getXYPlot().getRenderer().setSeriesStroke(0, new BasicStroke(1.4f,
          BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    }
    chart.addSubtitle(new TextTitle(metric + ", mean over " + BestLayerFigures.subjects(subjects)
        + "; colour = target dimensionality"));
    return Figure.spectrum(prefix + "fig3-" + Figure.slug(roi.name()) + "-"
            + Figure.slug(layer.name()) + "-" + Figure.slug(axis),
        grid.label(roi) + ", layer " + grid.label(layer) + ": spectra under " + what + " to "
            + sweep.stream().map(r -> Integer.toString(r.dim())).toList()
            + " dimensions (dark = fewest), unreduced dashed black; mean over "
            + BestLayerFigures.subjects(subjects) + "." + ReferenceSeries.caption(refs), chart);
  }
}
