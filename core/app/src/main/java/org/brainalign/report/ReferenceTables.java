package org.brainalign.report;

import java.util.ArrayList;
import java.util.List;
import org.brainalign.study.table.ScoreRow;

/**
 * The report's tables that set a model's shared dimensionality beside the brain's own: the
 * "Reference spectra" section, and the best layers of Fig. 1B against their ROI's reference.
 * Ratios are model / reference to 2 decimals, empty where the reference's is 0 or unknown.
 */
final class ReferenceTables {
  private ReferenceTables() {}

  /** The "Reference spectra" section, or {@code null} for a study without references. */
  static Section section(StudyGrid grid) {
    References refs = grid.references();
    if (refs.isEmpty()) {
      return null;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Reference r : refs.all()) {
      rows.add(List.of(grid.label(r.roi()), r.kind(), String.join(", ", r.subjects()),
          number(r.nStimuli()), number(r.sharedDimensionality()), number(r.correlationRank1())));
    }
    TextTable table = new TextTable("One row per reference (references.csv, and its row in "
        + "scores.csv with model = reference).", List.of("ROI", "kind", "subject(s)",
        "n_stimuli", "shared dimensionality", "rank-1 correlation"), rows);
    return new Section("references", "Reference spectra", "The grey line on the spectrum plots "
        + "is the brain's own spectrum: the cross-decomposition of an ROI's responses to the "
        + "first presentation of each image against its responses to the second, with the "
        + "study's folds and permutations. Within-subject (solid): each subject against itself, "
        + "averaged over subjects; between-subject (dashed): one subject's first presentations "
        + "against another's second and vice versa, averaged over pairs. Its shared "
        + "dimensionality is how many dimensions the brain reliably has on these stimuli, so a "
        + "model's shared dimensionality divided by it (the ratio in the tables) says how much of "
        + "that reliable structure the model captures.", List.of(), List.of(table));
  }

  /**
   * Each ROI's best layer for {@code metric} beside its reference, or {@code null} for a study
   * without references.
   */
  static TextTable bestLayers(StudyGrid grid, String metric) {
    References refs = grid.references();
    if (refs.isEmpty()) {
      return null;
    }
    List<List<String>> rows = new ArrayList<>();
    for (ResultCell.Roi roi : grid.rois()) {
      BestLayer.Choice best = BestLayer.choose(grid, metric, roi);
      if (best == null) {
        continue;
      }
      double model = meanSharedDimensionality(grid, metric, roi, best.layer());
      References.Match ref = refs.forRoi(roi);
      double reference = ref == null ? Double.NaN : ref.sharedDimensionality();
      rows.add(List.of(grid.label(roi), grid.label(best.layer()), number(model),
          ref == null ? "" : ref.kind() + " (" + ReferenceSeries.count(ref.kind(), ref.count())
              + ")", number(reference), References.ratio(model, reference)));
    }
    return new TextTable("Shared dimensionality of each ROI's best layer (mean over subjects) "
        + "beside the brain's reference (within-subject where the study has it, else "
        + "between-subject; mean over subjects or pairs) and their ratio, model / reference.",
        List.of("ROI", "best layer", "shared dimensionality", "reference",
            "reference shared dimensionality", "ratio"), rows);
  }

  /** Mean over subjects of the unreduced cells' {@code shared_dimensionality}; NaN if none. */
  static double meanSharedDimensionality(StudyGrid grid, String metric, ResultCell.Roi roi,
      ResultCell.Layer layer) {
    double sum = 0;
    int n = 0;
    for (ScoreRow r : grid.scoreTable()) {
      ResultCell c = ResultCell.of(r.cell());
      double d = ScoreRow.real(r.sharedDimensionality());
      if (c.metric().equals(metric) && c.roiKey().equals(roi) && c.layerKey().equals(layer)
          && c.unreduced() && !Double.isNaN(d)) {
        sum += d;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  static String number(double v) {
    return Double.isNaN(v) ? "" : Html.number(Double.toString(v));
  }
}
