package org.brainalign.identification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.dataset.KnownAnswer;

/**
 * System identification (the "model as brain" test of Han, Poggio &amp; Cheung, ICML 2023): on a
 * dataset whose ROIs are read out from a known layer (surrogate), does each metric rank that layer
 * first among the study's layers? One {@link IdentificationColumns.Row} per metric × subject × ROI
 * with a known answer, from the unreduced cells, compared by the metric's {@link Criterion}.
 */
public final class Identification {
  /** The file name in the study folder. */
  public static final String FILE = "identification.csv";

  private Identification() {}

  /**
   * The rows, in the order the cells' (subject, ROI, metric) first appear.
   *
   * @param cells every cell of the study: the unreduced ones rank the layers, channel and spatial
   *     reductions of the true layer infer the readout ({@link ReadoutEvidence})
   * @param knownAnswers subject → ROI → the ROI's known answer
   */
  public static List<IdentificationColumns.Row> rows(List<CellEvidence> cells,
      Map<String, Map<String, KnownAnswer>> knownAnswers) {
    Map<String, Criterion> criteria = new LinkedHashMap<>();
    record Group(String subject, String roi, String metric) {}
    Map<Group, List<CellEvidence>> groups = new LinkedHashMap<>();
    for (CellEvidence c : cells) {
      criteria.merge(c.metric(), Criterion.of(c.hasSpectrum(), c.higherIsBetter()),
          (a, b) -> a == Criterion.LEADING_CORRELATION ? a : b);
      groups.computeIfAbsent(new Group(c.subject(), c.roi(), c.metric()), k -> new ArrayList<>())
          .add(c);
    }
    List<IdentificationColumns.Row> out = new ArrayList<>();
    for (List<CellEvidence> group : groups.values()) {
      CellEvidence first = group.get(0);
      KnownAnswer known = knownAnswers.getOrDefault(first.subject(), Map.of()).get(first.roi());
      if (known != null && group.stream().anyMatch(CellEvidence::unreduced)) {
        out.add(row(group, known, criteria.get(first.metric())));
      }
    }
    return out;
  }

  private static IdentificationColumns.Row row(List<CellEvidence> group, KnownAnswer known,
      Criterion criterion) {
    List<LayerRanking.Candidate<String>> candidates = new ArrayList<>();
    List<LayerRanking.Candidate<String>> truths = new ArrayList<>();
    String trueLayer = known.layer().orElse(null);
    List<String> equivalent = known.equivalentLayers();
    for (CellEvidence c : group) {
      if (!c.unreduced()) {
        continue; // reduced cells speak to the readout, not the layer
      }
      double value = criterion.value(c);
      LayerRanking.Candidate<String> candidate =
          new LayerRanking.Candidate<>(c.layer(), c.layerIndex(), value);
      candidates.add(candidate);
      if (c.layer().equals(trueLayer) || equivalent.contains(c.layer())) {
        truths.add(candidate);
      }
    }
    CellEvidence first = group.get(0);
    Integer rank = null;
    Integer ties = null;
    Boolean identified = null;
    String note = "";
    if (!truths.isEmpty()) {
      LayerRanking.Place place = LayerRanking.place(candidates, truths);
      rank = place.rank();
      ties = place.ties();
      identified = place.identified();
    } else {
      note = trueLayer == null ? "the known answer names no layer"
          : "the true layer " + trueLayer + " is not among the study's layers ("
              + String.join(", ", candidates.stream().map(LayerRanking.Candidate::layer).toList())
              + ")";
    }
    return new IdentificationColumns.Row(first.dataset(), first.subject(), first.roi(),
        first.metric(), trueLayer == null ? "" : trueLayer, String.join(" ", equivalent),
        known.readout(), known.reliability(), known.images(), candidates.size(), rank,
        ties, identified, criterion, LayerRanking.best(candidates).layer(),
        trueLayer == null ? null : ReadoutEvidence.of(group, trueLayer, criterion), note);
  }

  /**
   * Writes {@code rows} to {@code dir/}{@value #FILE} atomically; with no rows (no ROI has a known
   * answer) writes nothing and removes an earlier file, so it never outlives its study.
   */
  public static void write(List<IdentificationColumns.Row> rows, Path dir) {
    Path file = dir.resolve(FILE);
    if (rows.isEmpty()) {
      try {
        Files.deleteIfExists(file);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot remove the stale " + file, e);
      }
      return;
    }
    IdentificationColumns.TABLE.write("identification", rows, file);
  }
}
