package org.brainalign.report;

import java.util.List;
import org.brainalign.study.StudyColumns;

/**
 * Where a result row belongs in the study grid: one subject × ROI × layer × reducer × metric.
 *
 * @param layerIndex 0-based depth of the layer in the model
 * @param reducer {@code none} or the reducer spec, e.g.
 *     {@code sparse-random-projection:axis=channel,dim=64}
 * @param reducerAxis {@code none}, {@code all}, {@code channel} or {@code spatial}
 * @param reducerDim target dimensionality of the reducer, or 0 when there is none
 */
record ResultCell(String dataset, String subject, String roi, String model, String layer, int layerIndex,
    String reducer, String reducerAxis, int reducerDim, String metric) {

  static final String NONE = "none";

  /** The cell of a row, from the {@link StudyColumns#CELL} columns. */
  static ResultCell of(TidyCsv.Row r) {
    List<String> c = StudyColumns.CELL;
    return new ResultCell(r.text(c.get(0)), r.text(c.get(1)), r.text(c.get(2)), r.text(c.get(3)),
        r.text(c.get(4)), r.integer(c.get(5), -1), r.text(c.get(6)), r.text(c.get(7)),
        r.integer(c.get(8), 0), r.text(c.get(9)));
  }

  boolean unreduced() {
    return NONE.equals(reducer) || reducer.isEmpty();
  }

  /** The ROI this cell belongs to, across subjects. */
  Roi roiKey() {
    return new Roi(dataset, roi);
  }

  /** The layer this cell belongs to, across subjects. */
  Layer layerKey() {
    return new Layer(model, layer, layerIndex);
  }

  /** A brain region of one dataset. */
  record Roi(String dataset, String name) {}

  /** A layer of one model, ordered by its depth. */
  record Layer(String model, String name, int index) {}
}
