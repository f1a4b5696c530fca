package org.brainalign.identification;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The readout type a metric infers at the true layer, as in the paper's Figure 3: a voxel that
 * pools a small receptive field over a few channels (local) is hurt more by reducing the spatial
 * axis than the channel axis; one that reads the spatial mean of many channels (pooled), the other
 * way round. Cost = the criterion value of the unreduced layer minus that of the layer reduced to
 * {@code dim} along one axis, at the smallest dim the study sweeps on both axes.
 *
 * @param dim the common target dimensionality compared
 * @param channelCost the loss from a channel projection to {@code dim}
 * @param spatialCost the loss from a spatial projection to {@code dim}
 */
public record ReadoutEvidence(long dim, double channelCost, double spatialCost) {
  /** {@code local} when spatial reduction costs more, {@code pooled} when channel does, else "". */
  public String inferred() {
    int cmp = LayerRanking.compare(spatialCost, channelCost);
    return cmp > 0 ? "local" : cmp < 0 ? "pooled" : "";
  }

  /**
   * The evidence of one metric × subject × ROI at {@code layer}, or null when the cells lack the
   * unreduced layer or a channel and a spatial reduction to a common dim.
   */
  static ReadoutEvidence of(List<CellEvidence> cells, String layer, Criterion criterion) {
    Double unreduced = null;
    Map<Long, Double> channel = new TreeMap<>();
    Map<Long, Double> spatial = new TreeMap<>();
    for (CellEvidence c : cells) {
      if (!c.layer().equals(layer)) {
        continue;
      }
      double v = criterion.value(c);
      switch (c.reducerAxis()) {
        case "none" -> unreduced = v;
        case "channel" -> channel.put(c.reducerDim(), v);
        case "spatial" -> spatial.put(c.reducerDim(), v);
        default -> { } // other reducers say nothing about the readout
      }
    }
    if (unreduced == null) {
      return null;
    }
    for (Map.Entry<Long, Double> e : channel.entrySet()) {
      Double s = spatial.get(e.getKey());
      if (s != null) {
        return new ReadoutEvidence(e.getKey(), unreduced - e.getValue(), unreduced - s);
      }
    }
    return null;
  }
}
