package org.brainalign.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.brainalign.api.metric.Spectrum;

/**
 * The columns of a study's tables, declared once: {@code spectra.csv} (a cell's identity, then one
 * row per rank) and {@code scores.csv} (a cell's identity, then one row per cell). Written by
 * {@link StudyTables}, read by the report ({@code org.brainalign.report.StudyResults}).
 */
public final class StudyColumns {
  /** A cell's identity, the first columns of both tables. */
  public static final List<String> CELL = List.of("dataset", "subject", "roi", "model", "layer",
      "layer_index", "reducer", "reducer_axis", "reducer_dim", "metric");
  /** {@code spectra.csv}'s columns after the cell's: {@link Spectrum}'s, less the optional ones. */
  public static final List<String> SPECTRUM = List.of(Spectrum.RANK, Spectrum.CORRELATION,
      Spectrum.CORRELATION_SD, Spectrum.SINGULAR_VALUE, Spectrum.NULL_QUANTILE, Spectrum.RELIABLE);
  /** {@code scores.csv}'s columns after the cell's. */
  public static final List<String> SCORE = List.of("score", "score_name", "higher_is_better",
      "shared_dimensionality", "correlation_rank1", "spectrum_slope", "n_stimuli", "n_units",
      "n_voxels", "score_ceiled");
  /** Every column of {@code spectra.csv}. */
  public static final List<String> SPECTRA = concat(CELL, SPECTRUM);
  /** Every column of {@code scores.csv}. */
  public static final List<String> SCORES = concat(CELL, SCORE);

  private StudyColumns() {}

  /**
   * A cell's identity as written in the {@link #CELL} columns.
   *
   * @param layerIndex 0-based depth of the layer in the model
   * @param reducer {@code none} or the reducer spec with every option
   * @param reducerAxis the reducer's {@code axis}, {@code none} without one, empty if it has none
   * @param reducerDim the reducer's {@code dim}, or null (an empty field)
   */
  public record CellId(String dataset, String subject, String roi, String model, String layer,
      int layerIndex, String reducer, String reducerAxis, Long reducerDim, String metric) {

    /** The values in {@link #CELL} order. */
    public List<Object> values() {
      return Arrays.asList(dataset, subject, roi, model, layer, layerIndex, reducer, reducerAxis,
          reducerDim == null ? "" : reducerDim, metric);
    }
  }

  /**
   * One row of {@code spectra.csv}: a cell and one rank of its spectrum.
   *
   * @param rank 1-based rank
   * @param reliable whether the rank beats the permutation null, or null without one (empty field)
   */
  public record SpectrumRow(CellId cell, int rank, double correlation, double correlationSd,
      double singularValue, double nullQuantile, Boolean reliable) {

    /** The values in {@link #SPECTRA} order. */
    public List<Object> values() {
      List<Object> v = new ArrayList<>(cell.values());
      v.addAll(Arrays.asList(rank, correlation, correlationSd, singularValue, nullQuantile,
          reliable == null ? "" : reliable.toString()));
      return v;
    }
  }

  /**
   * One row of {@code scores.csv}: a cell's headline numbers, as its {@code summary.json} gives
   * them (numbers keep their JSON type, so integers stay integers; null is an empty field).
   *
   * @param spectrumSlope the power-law slope over {@code analysis.slope-ranks}, NaN without a spectrum
   * @param scoreCeiled the score with each voxel's score divided by its noise ceiling (the metric's
   *     {@code score_ceiled}), null (an empty field) where the metric or the dataset has none
   */
  public record ScoreRow(CellId cell, Number score, String scoreName, Boolean higherIsBetter,
      Number sharedDimensionality, Number correlationRank1, double spectrumSlope, Number nStimuli,
      Number nUnits, Number nVoxels, Number scoreCeiled) {

    /** The values in {@link #SCORES} order. */
    public List<Object> values() {
      List<Object> v = new ArrayList<>(cell.values());
      v.addAll(Arrays.asList(score, scoreName, higherIsBetter, sharedDimensionality,
          correlationRank1, spectrumSlope, nStimuli, nUnits, nVoxels,
          scoreCeiled == null ? "" : scoreCeiled));
      return v;
    }
  }

  /** {@code first} followed by {@code more}: a table's columns, or the columns a reader needs. */
  public static List<String> concat(List<String> first, List<String> more) {
    List<String> out = new ArrayList<>(first);
    out.addAll(more);
    return List.copyOf(out);
  }
}
