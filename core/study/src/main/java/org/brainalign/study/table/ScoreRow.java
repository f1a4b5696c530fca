package org.brainalign.study.table;

import java.util.List;
import org.brainalign.formats.csv.CsvColumn;
import org.brainalign.formats.csv.CsvTable;
import org.brainalign.identification.Criterion;

/**
 * One row of {@code scores.csv}: a cell's headline numbers, as its {@code summary.json} gives them
 * (numbers keep their JSON type, so integers stay integers; null is an empty field). A reference's
 * row has {@link CellId#isReference} true.
 *
 * @param score the metric's headline value, null if it is not finite
 * @param higherIsBetter whether larger scores mean closer alignment (null, an empty field, reads
 *     as true)
 * @param spectrumSlope the power-law slope over {@code analysis.slope-ranks}, NaN without a spectrum
 * @param scoreCeiled the score with each voxel's score divided by its noise ceiling (the metric's
 *     {@code score_ceiled}), null (an empty field) where the metric or the dataset has none
 */
public record ScoreRow(CellId cell, Number score, String scoreName, Boolean higherIsBetter,
    Number sharedDimensionality, Number correlationRank1, double spectrumSlope, Number nStimuli,
    Number nUnits, Number nVoxels, Number scoreCeiled) {
  /** The file in the study's output folder. */
  public static final String FILE = "scores.csv";

  private static final CsvColumn<ScoreRow, Number> SCORE =
      CsvColumn.number("score", ScoreRow::score);
  private static final CsvColumn<ScoreRow, String> SCORE_NAME =
      CsvColumn.text("score_name", ScoreRow::scoreName);
  private static final CsvColumn<ScoreRow, Boolean> HIGHER_IS_BETTER =
      CsvColumn.bool("higher_is_better", ScoreRow::higherIsBetter);
  /** Required of a reference's rows ({@link #REFERENCE_COLUMNS}), optional otherwise. */
  public static final CsvColumn<ScoreRow, Number> SHARED_DIMENSIONALITY =
      CsvColumn.number("shared_dimensionality", ScoreRow::sharedDimensionality).optional();
  private static final CsvColumn<ScoreRow, Number> CORRELATION_RANK1 =
      CsvColumn.number("correlation_rank1", ScoreRow::correlationRank1).optional();
  private static final CsvColumn<ScoreRow, Double> SPECTRUM_SLOPE =
      CsvColumn.real("spectrum_slope", ScoreRow::spectrumSlope).optional();
  private static final CsvColumn<ScoreRow, Number> N_STIMULI =
      CsvColumn.number("n_stimuli", ScoreRow::nStimuli).optional();
  private static final CsvColumn<ScoreRow, Number> N_UNITS =
      CsvColumn.number("n_units", ScoreRow::nUnits).optional();
  private static final CsvColumn<ScoreRow, Number> N_VOXELS =
      CsvColumn.number("n_voxels", ScoreRow::nVoxels).optional();
  private static final CsvColumn<ScoreRow, Number> SCORE_CEILED =
      CsvColumn.number("score_ceiled", ScoreRow::scoreCeiled).optional();

  /** The columns a reference's row needs: what the report sets a model's beside. */
  public static final List<CsvColumn<ScoreRow, Number>> REFERENCE_COLUMNS =
      List.of(SHARED_DIMENSIONALITY, CORRELATION_RANK1, N_STIMULI);

  /** The table: the cell's columns, then the scores'. */
  public static final CsvTable<ScoreRow> TABLE = CsvTable.<ScoreRow>builder()
      .part(CellId.COLUMNS, ScoreRow::cell).column(SCORE).column(SCORE_NAME)
      .column(HIGHER_IS_BETTER).column(SHARED_DIMENSIONALITY).column(CORRELATION_RANK1)
      .column(SPECTRUM_SLOPE).column(N_STIMULI).column(N_UNITS).column(N_VOXELS)
      .column(SCORE_CEILED)
      .build(CellId.REWRITE, r -> new ScoreRow(CellId.COLUMNS.read(r), r.get(SCORE),
          r.get(SCORE_NAME), r.get(HIGHER_IS_BETTER), r.get(SHARED_DIMENSIONALITY),
          r.get(CORRELATION_RANK1), r.get(SPECTRUM_SLOPE), r.get(N_STIMULI), r.get(N_UNITS),
          r.get(N_VOXELS), r.get(SCORE_CEILED)));

  /** The score as a double, NaN where it is null. */
  public double value() {
    return real(score);
  }

  /** The score turned so that larger always means closer alignment ({@link Criterion#oriented}). */
  public double oriented() {
    return Criterion.oriented(value(), higherIsBetter == null || higherIsBetter);
  }

  /** {@code n} as a double, NaN where it is null. */
  public static double real(Number n) {
    return n == null ? Double.NaN : n.doubleValue();
  }
}
