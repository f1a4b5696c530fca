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

  /**
   * A stable folder name: readable parts plus a digest of every setting, so a changed option never
   * reuses a stale result.
   *
   * @param context model and dataset specs, which are part of the identity
   */
  String key(String context) {
    String identity = context + "|" + subject + "|" + roi + "|" + layer.name() + "|"
        + reducer.spec() + "|" + metric.spec();
    String readable = slug(subject) + "_" + slug(roi) + "_" + slug(layer.name()) + "_"
        + slug(reducer.isNone() ? "none" : reducer.axis() + (reducer.dim() == null ? ""
            : "-" + reducer.dim())) + "_" + slug(metric.id());
    return readable + "_" + Sha256.of(identity).substring(0, 10);
  }

  private static String slug(String s) {
    return s.replaceAll("[^A-Za-z0-9.-]+", "-");
  }
}
