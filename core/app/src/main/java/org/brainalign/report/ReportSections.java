package org.brainalign.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.brainalign.identification.Criterion;
import org.brainalign.plot.SpectrumPlot;

/** The report's figures, grouped as in the paper, with unique file names. */
final class ReportSections {
  private ReportSections() {}

  /**
   * @param identification the rows of {@code identification.csv} (empty: no identification section)
   */
  static List<Section> build(StudyGrid grid, List<IdentificationResult> identification) {
    List<Section> out = new ArrayList<>();
    List<String> metrics = grid.spectrumMetrics();
    for (String metric : metrics) {
      String prefix = metrics.size() > 1 ? Figure.slug(metric) + "-" : "";
      String tag = metrics.size() > 1 ? " (" + metric + ")" : "";
      String id = metrics.size() > 1 ? "-" + Figure.slug(metric) : "";
      add(out, "fig1b" + id, "Best layer per ROI" + tag, "Held-out correlation against rank "
          + "(log rank; symmetric-log correlation, so zero and negative values show) for the layer that aligns best with each ROI (the highest mean "
          + "correlation over ranks 1–" + Criterion.LEADING_RANKS + ", mean over subjects; the "
          + "shallower layer on an exact tie), as in Shen, Conwell & Bonner "
          + "(2024) Fig. 1B: the further right the spectrum stays above zero, the more dimensions "
          + "model and brain share. Points and bands: means and ± SD over " + SpectrumPlot.BINS_PER_DECADE
          + " geometric rank bins per decade; the faint line is the per-rank trace (beyond rank "
          + MeanSpectrum.PLOT_EXACT_RANKS + ", long spectra are traced as means over "
          + MeanSpectrum.PLOT_BINS_PER_DECADE + " bins per decade); grey: the permutation null."
          + (grid.references().isEmpty() ? "" : " The grey line is the brain's own spectrum "
          + "(see Reference spectra); the table sets each best layer's shared dimensionality "
          + "beside it."), BestLayerFigures.build(grid, metric, prefix),
          ReferenceTables.bestLayers(grid, metric));
      add(out, "fig2" + id, "All layers by depth" + tag, "Every layer's spectrum coloured by "
          + "depth, and the mean correlation per geometric rank bin (as in Fig. 2): early regions "
          + "should prefer shallow layers and high-level regions deep ones.",
          DepthFigures.build(grid, metric, prefix));
      add(out, "fig3" + id, "Channel versus spatial reduction" + tag, "Spectra after sparse "
          + "random projection of the layer's channels only or its spatial positions only (as in "
          + "Fig. 3): a region whose spectrum drops under spatial reduction relies on spatial "
          + "detail; one that drops under channel reduction relies on features.",
          SweepFigures.build(grid, metric, prefix));
    }
    Section references = ReferenceTables.section(grid);
    if (references != null) {
      out.add(references);
    }
    add(out, "metrics", "Layer preference by metric", "Each metric's score against layer depth, "
        + "normalised per metric so they share one axis; do the metrics agree on which layers "
        + "align best?", MetricFigures.build(grid));
    Section identified = IdentificationFigures.section(identification);
    if (identified != null) {
      out.add(identified);
    }
    dedupe(out);
    return out;
  }

  private static void add(List<Section> out, String id, String title, String text,
      List<Figure> figures) {
    add(out, id, title, text, figures, null);
  }

  /** @param table shown after the figures, or {@code null} */
  private static void add(List<Section> out, String id, String title, String text,
      List<Figure> figures, TextTable table) {
    if (!figures.isEmpty()) {
      out.add(new Section(id, title, text, figures, table == null ? List.of() : List.of(table)));
    }
  }

  /** Two ROIs or layers whose names differ only in punctuation would share a file name. */
  private static void dedupe(List<Section> sections) {
    Set<String> used = new HashSet<>();
    for (int s = 0; s < sections.size(); s++) {
      Section sec = sections.get(s);
      List<Figure> figures = new ArrayList<>();
      for (Figure f : sec.figures()) {
        String name = f.name();
        for (int i = 2; !used.add(name); i++) {
          name = f.name() + "-" + i;
        }
        figures.add(new Figure(name, f.caption(), f.chart(), f.width(), f.height()));
      }
      sections.set(s, new Section(sec.id(), sec.title(), sec.text(), figures, sec.tables()));
    }
  }
}
