package org.brainalign.study.table;

import org.brainalign.formats.csv.CsvColumn;
import org.brainalign.formats.csv.CsvTable;

/**
 * A cell's identity, the first columns of {@code spectra.csv} and {@code scores.csv}: one subject ×
 * ROI × layer × reducer × metric. A reference's row of {@code scores.csv} has model
 * {@value #REFERENCE}, its kind as layer and no layer index.
 *
 * @param subject the subject, or {@code A+B} for a between-subject reference
 * @param layerIndex 0-based depth of the layer in the model, or null (an empty field) for a
 *     reference
 * @param reducer {@code none} or the reducer spec with every option
 * @param reducerAxis the reducer's {@code axis}, {@code none} without one, empty if it has none
 * @param reducerDim the reducer's {@code dim}, or null (an empty field)
 */
public record CellId(String dataset, String subject, String roi, String model, String layer,
    Integer layerIndex, String reducer, String reducerAxis, Long reducerDim, String metric) {

  /** The {@code model} of a reference's rows in {@code scores.csv}. */
  public static final String REFERENCE = "reference";
  /** How a message about a malformed study table ends. */
  public static final String REWRITE = "Rerun the study to rewrite the file.";

  private static final CsvColumn<CellId, String> DATASET =
      CsvColumn.text("dataset", CellId::dataset);
  private static final CsvColumn<CellId, String> SUBJECT =
      CsvColumn.text("subject", CellId::subject);
  private static final CsvColumn<CellId, String> ROI = CsvColumn.text("roi", CellId::roi);
  private static final CsvColumn<CellId, String> MODEL = CsvColumn.text("model", CellId::model);
  private static final CsvColumn<CellId, String> LAYER = CsvColumn.text("layer", CellId::layer);
  private static final CsvColumn<CellId, Integer> LAYER_INDEX =
      CsvColumn.integer("layer_index", CellId::layerIndex);
  private static final CsvColumn<CellId, String> REDUCER =
      CsvColumn.text("reducer", CellId::reducer);
  private static final CsvColumn<CellId, String> REDUCER_AXIS =
      CsvColumn.text("reducer_axis", CellId::reducerAxis);
  private static final CsvColumn<CellId, Long> REDUCER_DIM =
      CsvColumn.whole("reducer_dim", CellId::reducerDim);
  private static final CsvColumn<CellId, String> METRIC = CsvColumn.text("metric", CellId::metric);

  /** The columns, as a part of a row's ({@link CsvTable.Builder#part}). */
  public static final CsvTable<CellId> COLUMNS = CsvTable.<CellId>builder().column(DATASET)
      .column(SUBJECT).column(ROI).column(MODEL).column(LAYER).column(LAYER_INDEX).column(REDUCER)
      .column(REDUCER_AXIS).column(REDUCER_DIM).column(METRIC)
      .build(REWRITE, r -> new CellId(r.get(DATASET), r.get(SUBJECT), r.get(ROI), r.get(MODEL),
          r.get(LAYER), r.get(LAYER_INDEX), r.get(REDUCER), r.get(REDUCER_AXIS),
          r.get(REDUCER_DIM), r.get(METRIC)));

  /** Whether this is a reference's row ({@code model} = {@value #REFERENCE}). */
  public boolean isReference() {
    return REFERENCE.equals(model);
  }
}
