package org.brainalign.study.table;

import org.brainalign.formats.csv.CsvTable;

/** One row of {@code spectra.csv}: a cell and one rank of its spectrum. */
public record SpectrumRow(CellId cell, SpectrumRank rank) {
  /** The file in the study's output folder. */
  public static final String FILE = "spectra.csv";

  /** The table: the cell's columns, then the rank's. */
  public static final CsvTable<SpectrumRow> TABLE = CsvTable.<SpectrumRow>builder()
      .part(CellId.COLUMNS, SpectrumRow::cell).part(SpectrumRank.COLUMNS, SpectrumRow::rank)
      .build(CellId.REWRITE, r -> new SpectrumRow(CellId.COLUMNS.read(r),
          SpectrumRank.COLUMNS.read(r)));
}
