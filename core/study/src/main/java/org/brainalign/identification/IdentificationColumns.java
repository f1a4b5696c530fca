package org.brainalign.identification;

import java.util.List;
import org.brainalign.formats.csv.CsvColumn;
import org.brainalign.formats.csv.CsvTable;

/**
 * The columns of {@code identification.csv}, declared once: one {@link Row} per metric × subject ×
 * ROI with a known answer. Written by {@link Identification}, read by the report through
 * {@link #TABLE}.
 */
public final class IdentificationColumns {
  private static final CsvColumn<Row, String> DATASET = CsvColumn.text("dataset", Row::dataset);
  private static final CsvColumn<Row, String> SUBJECT = CsvColumn.text("subject", Row::subject);
  private static final CsvColumn<Row, String> ROI = CsvColumn.text("roi", Row::roi);
  private static final CsvColumn<Row, String> METRIC = CsvColumn.text("metric", Row::metric);
  private static final CsvColumn<Row, String> TRUE_LAYER =
      CsvColumn.text("true_layer", Row::trueLayer);
  private static final CsvColumn<Row, String> EQUIVALENT_LAYERS =
      CsvColumn.text("equivalent_layers", Row::equivalentLayers);
  private static final CsvColumn<Row, String> TRUE_READOUT =
      CsvColumn.text("true_readout", Row::trueReadout);
  private static final CsvColumn<Row, Number> RELIABILITY =
      CsvColumn.number("reliability", Row::reliability);
  private static final CsvColumn<Row, Number> IMAGES = CsvColumn.number("images", Row::images);
  private static final CsvColumn<Row, Integer> CANDIDATES =
      CsvColumn.integer("candidates", Row::candidates).must(n -> n != null, "a whole number");
  private static final CsvColumn<Row, Integer> RANK = CsvColumn.integer("rank", Row::rank);
  private static final CsvColumn<Row, Integer> TIES = CsvColumn.integer("ties", Row::ties);
  private static final CsvColumn<Row, Boolean> IDENTIFIED =
      CsvColumn.bool("identified", Row::identified);
  private static final CsvColumn<Row, String> CRITERION = CsvColumn
      .text("criterion", (Row r) -> r.criterion().id())
      .must(id -> Criterion.ofId(id) != null, "one of " + Criterion.ids());
  private static final CsvColumn<Row, String> BEST_LAYER =
      CsvColumn.text("best_layer", Row::bestLayer);
  private static final CsvColumn<Row, Long> READOUT_DIM = CsvColumn.whole("readout_dim",
      (Row r) -> r.readout() == null ? null : r.readout().dim());
  private static final CsvColumn<Row, Double> CHANNEL_COST = CsvColumn.real("channel_cost",
      (Row r) -> r.readout() == null ? null : r.readout().channelCost());
  private static final CsvColumn<Row, Double> SPATIAL_COST = CsvColumn.real("spatial_cost",
      (Row r) -> r.readout() == null ? null : r.readout().spatialCost());
  /** Derived from the costs ({@link ReadoutEvidence#inferred}): written, not read back. */
  private static final CsvColumn<Row, String> INFERRED_READOUT = CsvColumn.text(
      "inferred_readout", (Row r) -> r.readout() == null ? null : r.readout().inferred());
  /** Derived from the costs and the true readout: written, not read back. */
  private static final CsvColumn<Row, Boolean> READOUT_IDENTIFIED = CsvColumn.bool(
      "readout_identified", (Row r) -> r.readout() == null || r.trueReadout() == null ? null
          : r.readout().inferred().equals(r.trueReadout()));
  private static final CsvColumn<Row, String> NOTE = CsvColumn.text("note", Row::note);

  /**
   * The table. Read back, an empty {@code true_readout} is {@code ""}, and the readout is null
   * where {@code readout_dim} is empty.
   */
  public static final CsvTable<Row> TABLE = CsvTable.<Row>builder().column(DATASET)
      .column(SUBJECT).column(ROI).column(METRIC).column(TRUE_LAYER).column(EQUIVALENT_LAYERS)
      .column(TRUE_READOUT).column(RELIABILITY).column(IMAGES).column(CANDIDATES).column(RANK)
      .column(TIES).column(IDENTIFIED).column(CRITERION).column(BEST_LAYER).column(READOUT_DIM)
      .column(CHANNEL_COST).column(SPATIAL_COST).column(INFERRED_READOUT)
      .column(READOUT_IDENTIFIED).column(NOTE)
      .build("Rerun the study to rewrite the file.", r -> new Row(r.get(DATASET), r.get(SUBJECT),
          r.get(ROI), r.get(METRIC), r.get(TRUE_LAYER), r.get(EQUIVALENT_LAYERS),
          r.get(TRUE_READOUT), r.get(RELIABILITY), r.get(IMAGES), r.get(CANDIDATES), r.get(RANK),
          r.get(TIES), r.get(IDENTIFIED), Criterion.ofId(r.get(CRITERION)), r.get(BEST_LAYER),
          r.get(READOUT_DIM) == null ? null : new ReadoutEvidence(r.get(READOUT_DIM),
              r.get(CHANNEL_COST), r.get(SPATIAL_COST)), r.get(NOTE)));

  /** Every column, in file order. */
  public static final List<String> ALL = TABLE.names();

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
      return TABLE.values(this);
    }
  }
}
