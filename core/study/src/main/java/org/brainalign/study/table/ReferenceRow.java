package org.brainalign.study.table;

import org.brainalign.formats.csv.CsvColumn;
import org.brainalign.formats.csv.CsvTable;

/**
 * One row of {@code references.csv}: one rank of a reference spectrum (the brain against itself in
 * one ROI). A within-subject reference leaves {@code subject_b} empty; a between-subject one names
 * the pair's second subject there. Ranks of one reference run 1, 2, 3, … in file order.
 *
 * @param kind {@code within-subject} or {@code between-subject}
 * @param subjectB the pair's second subject, empty for a within-subject reference
 */
public record ReferenceRow(String dataset, String subject, String subjectB, String roi,
    String kind, SpectrumRank rank) {
  /** The file in the study's output folder. */
  public static final String FILE = "references.csv";

  private static final CsvColumn<ReferenceRow, String> DATASET =
      CsvColumn.text("dataset", ReferenceRow::dataset);
  private static final CsvColumn<ReferenceRow, String> SUBJECT =
      CsvColumn.text("subject", ReferenceRow::subject);
  private static final CsvColumn<ReferenceRow, String> SUBJECT_B =
      CsvColumn.text("subject_b", ReferenceRow::subjectB);
  private static final CsvColumn<ReferenceRow, String> ROI =
      CsvColumn.text("roi", ReferenceRow::roi);
  private static final CsvColumn<ReferenceRow, String> KIND =
      CsvColumn.text("kind", ReferenceRow::kind);

  /** The table: the reference's columns, then the rank's. */
  public static final CsvTable<ReferenceRow> TABLE = CsvTable.<ReferenceRow>builder()
      .column(DATASET).column(SUBJECT).column(SUBJECT_B).column(ROI).column(KIND)
      .part(SpectrumRank.COLUMNS, ReferenceRow::rank)
      .build(CellId.REWRITE, r -> new ReferenceRow(r.get(DATASET), r.get(SUBJECT),
          r.get(SUBJECT_B), r.get(ROI), r.get(KIND), SpectrumRank.COLUMNS.read(r)));
}
