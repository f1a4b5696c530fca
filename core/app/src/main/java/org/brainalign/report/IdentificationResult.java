package org.brainalign.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brainalign.identification.Identification;
import org.brainalign.formats.csv.CsvTable;
import org.brainalign.identification.IdentificationColumns;
import org.brainalign.study.table.ScoreRow;

/**
 * One row of {@code identification.csv}: where one metric put one subject's ROI's true source layer.
 *
 * @param trueLayer the true layer, followed by the layers equivalent to it ({@code layer4 ≡ avgpool})
 * @param reliability the known answer's reliability ({@code NaN} if not given)
 * @param images the known answer's number of images ({@code NaN} if not given)
 * @param rank the true layer's rank (1 = best), or {@code null} if the study lacks that layer
 * @param identified rank 1 with no tie
 * @param inferredReadout the readout the metric's channel and spatial costs at the true layer
 *     point to ({@code local}, {@code pooled}, or empty for a tie), null without both sweeps
 */
record IdentificationResult(String subject, String roi, String metric, String trueLayer,
    String trueReadout, double reliability, double images, int candidates, Integer rank,
    boolean identified, String inferredReadout, String note) {

  /**
   * The rows of {@code dir/identification.csv}; empty when the study has no known answer (no file).
   *
   * @throws org.brainalign.api.DataFormatException if the file lacks a column or a value is malformed
   */
  static List<IdentificationResult> read(Path dir) {
    Path file = dir.resolve(Identification.FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<IdentificationResult> out = new ArrayList<>();
    for (CsvTable.Entry<IdentificationColumns.Row> e : IdentificationColumns.TABLE.read(file)) {
      IdentificationColumns.Row r = e.row();
      String equivalent = r.equivalentLayers();
      out.add(new IdentificationResult(r.subject(), r.roi(), r.metric(),
          r.trueLayer() + (equivalent.isEmpty() ? "" : " ≡ " + equivalent), r.trueReadout(),
          ScoreRow.real(r.reliability()), ScoreRow.real(r.images()), r.candidates(), r.rank(),
          Boolean.TRUE.equals(r.identified()),
          r.readout() == null ? null : r.readout().inferred(), r.note()));
    }
    return List.copyOf(out);
  }

  /** Whether the true layer was among the study's layers (so the row counts). */
  boolean ranked() {
    return rank != null;
  }
}
