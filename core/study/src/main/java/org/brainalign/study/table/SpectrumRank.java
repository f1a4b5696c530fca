package org.brainalign.study.table;

import org.brainalign.api.metric.Spectrum;
import org.brainalign.formats.csv.CsvColumn;
import org.brainalign.formats.csv.CsvTable;

/**
 * One rank of a spectrum, the last columns of {@code spectra.csv} and {@code references.csv}:
 * {@link Spectrum}'s columns, less the optional ones.
 *
 * @param rank 1-based rank
 * @param correlation held-out correlation, mean over folds
 * @param correlationSd its standard deviation over folds
 * @param singularValue the training cross-covariance's singular value
 * @param nullQuantile the permutation-null quantile; NaN or null (an empty field) without
 *     permutations; read back, an empty field is NaN
 * @param reliable whether the rank beats the permutation null, or null without one (an empty field)
 */
public record SpectrumRank(int rank, double correlation, double correlationSd,
    double singularValue, Double nullQuantile, Boolean reliable) {

  private static final CsvColumn<SpectrumRank, Integer> RANK = CsvColumn
      .integer(Spectrum.RANK, SpectrumRank::rank).must(r -> r != null && r >= 1,
          "a rank of at least 1");
  private static final CsvColumn<SpectrumRank, Double> CORRELATION =
      CsvColumn.real(Spectrum.CORRELATION, SpectrumRank::correlation);
  private static final CsvColumn<SpectrumRank, Double> CORRELATION_SD =
      CsvColumn.real(Spectrum.CORRELATION_SD, SpectrumRank::correlationSd);
  private static final CsvColumn<SpectrumRank, Double> SINGULAR_VALUE =
      CsvColumn.real(Spectrum.SINGULAR_VALUE, SpectrumRank::singularValue).optional();
  private static final CsvColumn<SpectrumRank, Double> NULL_QUANTILE =
      CsvColumn.real(Spectrum.NULL_QUANTILE, SpectrumRank::nullQuantile);
  private static final CsvColumn<SpectrumRank, Boolean> RELIABLE =
      CsvColumn.bool(Spectrum.RELIABLE, SpectrumRank::reliable).optional();

  /** The columns, as a part of a row's ({@link CsvTable.Builder#part}). */
  public static final CsvTable<SpectrumRank> COLUMNS = CsvTable.<SpectrumRank>builder()
      .column(RANK).column(CORRELATION).column(CORRELATION_SD).column(SINGULAR_VALUE)
      .column(NULL_QUANTILE).column(RELIABLE)
      .build(CellId.REWRITE, r -> new SpectrumRank(r.get(RANK), r.get(CORRELATION),
          r.get(CORRELATION_SD), r.get(SINGULAR_VALUE), r.get(NULL_QUANTILE), r.get(RELIABLE)));

  /** Rank {@code k} (from 0) of {@code s}, {@code null_quantile} NaN without permutations. */
  public static SpectrumRank of(Spectrum s, int rank, int k) {
    return new SpectrumRank(rank, s.correlation()[k], Spectrum.at(s.correlationSd(), k),
        Spectrum.at(s.singularValue(), k), Spectrum.at(s.nullQuantile(), k), s.reliableAt(k));
  }
}
