package org.brainalign.report;

import org.brainalign.study.table.CellId;

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

  /** The cell of a row of {@code spectra.csv} or {@code scores.csv}. */
  static ResultCell of(CellId c) {
    return new ResultCell(c.dataset(), c.subject(), c.roi(), c.model(), c.layer(),
        c.layerIndex() == null ? -1 : c.layerIndex(), c.reducer(), c.reducerAxis(),
        c.reducerDim() == null ? 0 : c.reducerDim().intValue(), c.metric());
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
