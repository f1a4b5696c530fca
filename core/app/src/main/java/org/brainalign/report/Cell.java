package org.brainalign.report;

/**
 * Where a result row belongs in the study grid: one subject × ROI × layer × reducer × metric.
 *
 * @param layerIndex 0-based depth of the layer in the model
 * @param reducer {@code none} or the reducer spec, e.g.
 *     {@code sparse-random-projection:axis=channel,dim=64}
 * @param reducerAxis {@code none}, {@code all}, {@code channel} or {@code spatial}
 * @param reducerDim target dimensionality of the reducer, or 0 when there is none
 */
record Cell(String dataset, String subject, String roi, String model, String layer, int layerIndex,
    String reducer, String reducerAxis, int reducerDim, String metric) {

  static final String NONE = "none";

  static Cell of(TidyCsv.Row r) {
    return new Cell(r.text("dataset"), r.text("subject"), r.text("roi"), r.text("model"),
        r.text("layer"), r.integer("layer_index", -1), r.text("reducer"), r.text("reducer_axis"),
        r.integer("reducer_dim", 0), r.text("metric"));
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
