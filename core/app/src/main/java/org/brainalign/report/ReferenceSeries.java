package org.brainalign.report;

import java.util.ArrayList;
import java.util.List;
import org.brainalign.plot.SpectrumPlot;

/**
 * The grey reference lines of an ROI's spectrum plots: per kind, the rank-wise mean of the ROI's
 * reference spectra over its subjects (within-subject, solid) or pairs (between-subject, dashed),
 * averaged as the model's spectra are ({@link MeanSpectrum#average}), with their mean null
 * quantile. Both kinds are drawn where the study has both.
 */
final class ReferenceSeries {
  private ReferenceSeries() {}

  /** The reference lines of {@code roi}, within-subject first; empty without references. */
  static List<SpectrumPlot.Reference> of(StudyGrid grid, ResultCell.Roi roi) {
    List<SpectrumPlot.Reference> out = new ArrayList<>();
    for (String kind : Reference.KINDS) {
      MeanSpectrum mean = grid.references().spectrum(roi, kind);
      if (mean == null) {
        continue;
      }
      MeanSpectrum drawn = mean.forPlot();
      out.add(new SpectrumPlot.Reference(Reference.legend(kind) + " (" + count(kind,
          mean.subjects()) + ")", drawn.rank(), drawn.mean(),
          drawn.hasNull() ? drawn.nullQuantile() : null, kind.equals(Reference.BETWEEN)));
    }
    return out;
  }

  /** A sentence for a figure's caption saying what the grey lines are; empty without any. */
  static String caption(List<SpectrumPlot.Reference> refs) {
    if (refs.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (SpectrumPlot.Reference r : refs) {
      parts.add(r.label() + (refs.size() > 1 ? r.dashed() ? " dashed" : " solid" : ""));
    }
    boolean nulls = refs.stream().anyMatch(r -> r.nullQuantile() != null);
    return " Grey: the brain's own spectrum, " + String.join("; ", parts)
        + (nulls ? "; light grey: its permutation-null quantile" : "") + ".";
  }

  /** "2 subjects", "1 pair". */
  static String count(String kind, int n) {
    return kind.equals(Reference.WITHIN) ? BestLayerFigures.subjects(n)
        : n == 1 ? "1 pair" : n + " pairs";
  }
}
