package org.brainalign.identification;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of {@code identification.csv}, declared once: one row per metric × subject × ROI
 * with a known answer. Written by {@link Identification}, read by the report.
 */
public final class IdentificationColumns {
  /** Every column, in file order. */
  public static final List<String> ALL = List.of("dataset", "subject", "roi", "metric",
      "true_layer", "true_readout", "reliability", "images", "candidates", "rank", "ties",
      "identified", "criterion", "best_layer", "note");

  private IdentificationColumns() {}

  /**
   * One row.
   *
   * @param trueLayer the source layer of the known answer
   * @param trueReadout the known answer's readout ({@code local}, {@code pooled}), or null
   * @param reliability the known answer's reliability, or null
   * @param images the known answer's number of images, or null
   * @param candidates how many layers the study compared for this metric, subject and ROI
   * @param rank 1 + the number of layers strictly better than the true one; null when the true
   *     layer is not among the candidates
   * @param ties the number of other layers exactly as good as the true one, or null
   * @param identified rank 1 and no tie, or null
   * @param bestLayer the best candidate ({@link LayerRanking#best})
   * @param note why rank is empty, else empty
   */
  public record Row(String dataset, String subject, String roi, String metric, String trueLayer,
      String trueReadout, Number reliability, Number images, int candidates, Integer rank,
      Integer ties, Boolean identified, Criterion criterion, String bestLayer, String note) {

    /** The values in {@link #ALL} order (null is an empty field). */
    public List<Object> values() {
      return Arrays.asList(dataset, subject, roi, metric, trueLayer, trueReadout, reliability,
          images, candidates, rank, ties, identified, criterion.id(), bestLayer, note);
    }
  }
}
