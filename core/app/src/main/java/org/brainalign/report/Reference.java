package org.brainalign.report;

import java.util.List;
import org.brainalign.study.table.CellId;

/**
 * One reference spectrum of a study: the brain against itself in one ROI, from
 * {@code references.csv} and its row in {@code scores.csv} ({@code model = reference}).
 *
 * @param roi the ROI
 * @param kind {@link #WITHIN} (a subject's first against second presentations) or {@link #BETWEEN}
 *     (a pair of subjects)
 * @param label the subject, or {@code A+B} for a pair, as {@code scores.csv} names it
 * @param subjects the subject, or the pair's two subjects
 * @param spectrum its spectrum from {@code references.csv}, or {@code null} where that file
 *     lacks it
 * @param nStimuli stimuli it was computed on ({@code NaN} when unknown)
 * @param sharedDimensionality its number of leading reliable ranks ({@code NaN} when unknown)
 * @param correlationRank1 its held-out correlation at rank 1 ({@code NaN} when unknown)
 */
record Reference(ResultCell.Roi roi, String kind, String label, List<String> subjects,
    CellSpectrum spectrum, double nStimuli, double sharedDimensionality, double correlationRank1) {

  /** The {@code model} of a reference's rows in {@code scores.csv}. */
  static final String MODEL = CellId.REFERENCE;
  static final String WITHIN = "within-subject";
  static final String BETWEEN = "between-subject";
  /** The kinds in the order they are drawn and tabulated. */
  static final List<String> KINDS = List.of(WITHIN, BETWEEN);

  /** Where the reference belongs: one ROI, kind and subject (or pair). */
  record Key(ResultCell.Roi roi, String kind, String label) {}

  Key key() {
    return new Key(roi, kind, label);
  }

  /** The legend text of its line, e.g. {@code within-subject reference}. */
  static String legend(String kind) {
    return kind + " reference";
  }
}
