package org.brainalign.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.brainalign.identification.Criterion;
import org.brainalign.plot.SpectrumPlot;
import org.brainalign.study.table.ScoreRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/**
 * Figure 1B of Shen, Conwell &amp; Bonner (2024): per ROI, the spectrum of the layer that aligns
 * best ({@link BestLayer}), unreduced, paper-style ({@link SpectrumPlot}), mean ± SD across subjects.
 */
final class BestLayerFigures {
  private BestLayerFigures() {}

  /** The best layer of an ROI for one spectrum metric, or {@code null} for an ROI without one. */
  static BestLayer.Choice best(StudyGrid grid, String metric, ResultCell.Roi roi) {
    return BestLayer.choose(grid, metric, roi);
  }

  static List<Figure> build(StudyGrid grid, String metric, String prefix) {
    List<Figure> out = new ArrayList<>();
    Figure overview = overview(grid, metric, prefix);
    if (overview != null) {
      out.add(overview);
    }
    for (ResultCell.Roi roi : grid.rois()) {
      BestLayer.Choice best = best(grid, metric, roi);
      if (best == null) {
        continue;
      }
      MeanSpectrum sp = grid.spectrum(metric, roi, best.layer(), ResultCell.NONE).forPlot();
      String layer = grid.label(best.layer());
      String spread = sp.subjects() > 1 ? "mean ± SD across " + sp.subjects() + " subjects"
          : "1 subject, ± SD across folds";
      List<SpectrumPlot.Reference> refs = ReferenceSeries.of(grid, roi);
      JFreeChart chart = LogRanges.labelled(SpectrumPlot.chart(
          grid.label(roi) + ": best layer " + layer,
          List.of(new SpectrumPlot.Series(layer + " (" + spread + ")", sp.rank(), sp.mean(),
              sp.sd(), new Color(0x1f77b4))),
          sp.hasNull() ? sp.rank() : null, sp.hasNull() ? sp.nullQuantile() : null, refs));
      chart.addSubtitle(new TextTitle(metric + ", unreduced, " + subjects(sp.subjects())));
      ScoreRow score = grid.meanScore(metric, roi, best.layer());
      String scoreText = score == null || Double.isNaN(score.value()) ? ""
          : "; " + metric + " " + score.scoreName() + " " + Html.number(Double.toString(
              score.value()));
      out.add(Figure.spectrum(prefix + "fig1b-" + Figure.slug(roi.name()),
          grid.label(roi) + ": spectrum of " + layer + ", the best of " + best.candidates()
              + " layers by the mean correlation over ranks 1–" + Criterion.LEADING_RANKS + " ("
              + Html.number(Double.toString(best.value())) + scoreText + "); "
              + spread + (sp.hasNull() ? "; grey band: ± permutation-null quantile; dashed line: shared "
              + "dimensionality (leading ranks above the null)." : ".")
              + ReferenceSeries.caption(refs),
          chart));
    }
    return out;
  }

  /** All ROIs' best-layer spectra in one chart, as the paper draws Fig. 1B; null for one ROI. */
  private static Figure overview(StudyGrid grid, String metric, String prefix) {
    List<SpectrumPlot.Series> series = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (ResultCell.Roi roi : grid.rois()) {
      BestLayer.Choice best = best(grid, metric, roi);
      if (best != null) {
        MeanSpectrum sp = grid.spectrum(metric, roi, best.layer(), ResultCell.NONE).forPlot();
        String label = grid.label(roi) + " × " + grid.label(best.layer());
        series.add(new SpectrumPlot.Series(label + " (" + subjects(sp.subjects()) + ")",
            sp.rank(), sp.mean(), sp.sd(), ColorMap.category(series.size())));
        parts.add(label);
      }
    }
    if (series.size() < 2) {
      return null;
    }
    JFreeChart chart = LogRanges.labelled(
        SpectrumPlot.chart("Best layer per ROI", series, null, null));
    chart.addSubtitle(new TextTitle(metric + ", unreduced; band: ± SD across subjects "
        + "(across folds for one subject)"));
    return Figure.spectrum(prefix + "fig1b-all-rois", "Every ROI with its best layer ("
        + String.join(", ", parts) + "), one colour per ROI, as in the paper's Fig. 1B.", chart);
  }

  static String subjects(int n) {
    return n == 1 ? "1 subject" : n + " subjects";
  }
}
