package org.brainalign.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of a study's tables, declared once: {@code spectra.csv} (a cell's identity, then one
 * row per rank) and {@code scores.csv} (a cell's identity, then one row per cell). Written by
 * {@link StudyTables}, read by the report ({@code org.brainalign.report.StudyResults}).
 */
public final class StudyColumns {
  /** A cell's identity, the first columns of both tables. */
  public static final List<String> CELL = List.of("dataset", "subject", "roi", "model", "layer",
      "layer_index", "reducer", "reducer_axis", "reducer_dim", "metric");
  /** {@code spectra.csv}'s columns after the cell's. */
  public static final List<String> SPECTRUM = List.of("rank", "correlation", "correlation_sd",
      "singular_value", "null_quantile", "reliable");
  /** {@code scores.csv}'s columns after the cell's. */
  public static final List<String> SCORE = List.of("score", "score_name", "higher_is_better",
      "shared_dimensionality", "correlation_rank1", "spectrum_slope", "n_stimuli", "n_units",
      "n_voxels");
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

  /** {@code first} followed by {@code more}: a table's columns, or the columns a reader needs. */
  public static List<String> concat(List<String> first, List<String> more) {
    List<String> out = new ArrayList<>(first);
    out.addAll(more);
    return List.copyOf(out);
  }
}
