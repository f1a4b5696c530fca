package org.brainalign.report;

import java.util.ArrayList;
import java.util.List;
import org.brainalign.study.table.ScoreRow;

/**
 * The report's table of {@code scores.csv} (its model cells, {@link ScoreRow}), values as written
 * by the same codec. With references, three columns follow {@code shared_dimensionality}: the
 * reference the cell is set against (its subject's within-subject reference of the ROI, else the
 * mean over the between-subject pairs the subject is in), that reference's shared dimensionality,
 * and the ratio model / reference (2 decimals; empty where the reference's is 0 or unknown).
 */
final class ScoreTable {
  static final List<String> REFERENCE_COLUMNS = List.of("reference",
      "reference_shared_dimensionality", "ratio_to_reference");

  private ScoreTable() {}

  static TextTable of(List<ScoreRow> scores, References refs) {
    List<String> header = new ArrayList<>(ScoreRow.TABLE.names());
    int after = refs.isEmpty() ? -1 : header.indexOf(ScoreRow.SHARED_DIMENSIONALITY.name());
    if (after >= 0) {
      header.addAll(after + 1, REFERENCE_COLUMNS);
    }
    List<List<String>> rows = new ArrayList<>(scores.size());
    for (ScoreRow row : scores) {
      List<String> cells = new ArrayList<>(header.size());
      cells.addAll(ScoreRow.TABLE.fields(row));
      if (after >= 0) {
        cells.addAll(after + 1, referenceCells(row, refs));
      }
      rows.add(cells);
    }
    return new TextTable("scores.csv: one row per subject × ROI × layer × reducer × metric ("
        + scores.size() + " rows)." + (after < 0 ? "" : " Beside shared_dimensionality: "
        + "the brain's reference it is set against (the subject's within-subject reference of "
        + "the ROI, else the mean over the subject's between-subject pairs), that reference's "
        + "shared dimensionality and the ratio model / reference (the reference rows themselves "
        + "are in Reference spectra)."), header, rows);
  }

  private static List<String> referenceCells(ScoreRow row, References refs) {
    double model = ScoreRow.real(row.sharedDimensionality());
    ResultCell c = ResultCell.of(row.cell());
    References.Match m = Double.isNaN(model) ? null : refs.forSubject(c.roiKey(), c.subject());
    if (m == null) {
      return List.of("", "", "");
    }
    String kind = m.kind().equals(Reference.WITHIN) ? m.kind()
        : m.kind() + " (" + ReferenceSeries.count(m.kind(), m.count()) + ")";
    return List.of(kind, ReferenceTables.number(m.sharedDimensionality()),
        References.ratio(model, m.sharedDimensionality()));
  }
}
