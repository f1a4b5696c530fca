package org.brainalign.study;

import org.brainalign.api.model.LayerInfo;
import org.brainalign.support.digest.Sha256;

/**
 * One cell of the study grid to compute: subject × ROI × layer × reducer × metric (the report
 * reads a computed cell back from the tables as {@code report.ResultCell}).
 *
 * @param subject subject id as given in the study
 * @param roi region name
 * @param layer the model layer
 * @param layerIndex depth of the layer in the model (0-based)
 * @param reducer the reducer setting
 * @param metric the metric
 */
public record GridCell(String subject, String roi, LayerInfo layer, int layerIndex,
    ReducerVariant reducer, MetricVariant metric) {

  /** The cells computed together on one feature matrix: one subject × layer × reducer. */
  record GroupKey(String subject, String layer, String reducer) {}

  /** One subject's ROI: the responses a cell reads. */
  record RoiKey(String subject, String roi) {}

  /**
   * A stable folder name: readable parts plus a digest of every setting, so a changed option never
   * reuses a stale result. The digested identity is the context's canonical text and the cell's
   * coordinates joined by {@code |}, as every earlier release wrote it ({@code CellKeyTest}).
   *
   * @param context model, dataset and settings, which are part of the identity
   */
  CellKey key(CellContext context) {
    String identity = String.join("|", context.canonical(), subject, roi, layer.name(),
        reducer.spec(), metric.spec());
    String readable = slug(subject) + "_" + slug(roi) + "_" + slug(layer.name()) + "_"
        + slug(reducer.isNone() ? "none" : reducer.axis() + (reducer.dim() == null ? ""
            : "-" + reducer.dim())) + "_" + slug(metric.id());
    return new CellKey(readable + "_" + Sha256.of(identity).substring(0, 10));
  }

  /** The responses this cell reads. */
  RoiKey roiKey() {
    return new RoiKey(subject, roi);
  }

  /** The group this cell is computed in. */
  GroupKey groupKey() {
    return new GroupKey(subject, layer.name(), reducer.spec());
  }

  /** A name part safe in a folder name: runs of other characters become {@code -}. */
  static String slug(String s) {
    return s.replaceAll("[^A-Za-z0-9.-]+", "-");
  }
}
