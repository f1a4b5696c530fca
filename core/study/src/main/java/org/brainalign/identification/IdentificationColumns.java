package org.brainalign.identification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The columns of {@code identification.csv}, declared once: one row per metric × subject × ROI
 * with a known answer. Written by {@link Identification}, read by the report.
 */
public final class IdentificationColumns {
  /** Every column, in file order. */
  public static final List<String> ALL = List.of("dataset", "subject", "roi", "metric",
      "true_layer", "equivalent_layers", "true_readout", "reliability", "images", "candidates",
      "rank", "ties", "identified", "criterion", "best_layer", "readout_dim", "channel_cost",
      "spatial_cost", "inferred_readout", "readout_identified", "note");

  private IdentificationColumns() {}

  /**
   * One row.
   *
   * @param trueLayer the source layer of the known answer
   * @param equivalentLayers the layers the known answer names as holding exactly what the ROI
   *     reads (a pooled readout's spatial mean: ResNet50's avgpool for layer4), space-separated;
   *     naming one of them counts as naming the true layer
   * @param trueReadout the known answer's readout ({@code local}, {@code pooled}), or null
   * @param reliability the known answer's reliability, or null
   * @param images the known answer's number of images, or null
   * @param candidates how many layers the study compared for this metric, subject and ROI
   * @param rank 1 + the number of other layers strictly better than the best of the true layer
   *     and its equivalents; null when none of them is among the candidates
   * @param ties the number of other layers exactly as good, or null
   * @param identified rank 1 and no tie, or null
   * @param bestLayer the best candidate ({@link LayerRanking#best})
   * @param readout which reduction costs more at the true layer, or null without both sweeps
   * @param note why rank is empty, else empty
   */
  public record Row(String dataset, String subject, String roi, String metric, String trueLayer,
      String equivalentLayers, String trueReadout, Number reliability, Number images,
      int candidates, Integer rank, Integer ties, Boolean identified, Criterion criterion,
      String bestLayer, ReadoutEvidence readout, String note) {

    /** The values in {@link #ALL} order (null is an empty field). */
    public List<Object> values() {
      List<Object> v = new ArrayList<>(Arrays.asList(dataset, subject, roi, metric, trueLayer,
          equivalentLayers, trueReadout, reliability, images, candidates, rank, ties, identified,
          criterion.id(), bestLayer));
      if (readout == null) {
        v.addAll(Collections.nCopies(5, null));
      } else {
        Boolean found = trueReadout == null ? null : readout.inferred().equals(trueReadout);
        v.addAll(Arrays.asList(readout.dim(), readout.channelCost(), readout.spatialCost(),
            readout.inferred(), found));
      }
      v.add(note);
      return v;
    }
  }
}
