package org.brainalign.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.metric.Spectrum;
import org.brainalign.study.StudyColumns;

/**
 * Reads {@code references.csv}: one row per rank of each reference spectrum, with the columns
 * {@link #COLUMNS}. A within-subject reference leaves {@code subject_b} empty; a between-subject
 * one names the pair's second subject there. Ranks of one reference run 1, 2, 3, … in file order.
 */
final class ReferenceFile {
  static final String FILE = "references.csv";
  static final List<String> COLUMNS = StudyColumns.concat(List.of("dataset", "subject",
      "subject_b", "roi", "kind"), StudyColumns.SPECTRUM);

  private ReferenceFile() {}

  /** One reference while its rows are read. */
  private static final class Acc {
    final CellSpectrum.Builder spectrum;
    final List<String> subjects;
    int ranks;
    /** Leading ranks marked reliable; -1 once a rank is not. */
    int reliable;
    boolean known;
    boolean broken;

    Acc(ResultCell cell, List<String> subjects) {
      this.spectrum = new CellSpectrum.Builder(cell);
      this.subjects = subjects;
    }
  }

  /**
   * The references of {@code dir/references.csv} by key, in file order; empty without the file.
   *
   * @throws DataFormatException for a missing column, an unknown kind, a subject_b that does not
   *     fit the kind, or ranks that do not run 1, 2, 3, … (the message names the line)
   */
  static Map<Reference.Key, Reference> read(Path dir) {
    Path file = dir.resolve(FILE);
    Map<Reference.Key, Acc> refs = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    TidyCsv.stream(file, COLUMNS, r -> {
      String kind = r.text("kind");
      String a = r.text("subject");
      String b = r.text("subject_b");
      if (!Reference.KINDS.contains(kind) || a.isEmpty()
          || b.isEmpty() != kind.equals(Reference.WITHIN)) {
        throw r.invalid("kind, subject and subject_b", "kind " + Reference.WITHIN
            + " with subject_b empty, or " + Reference.BETWEEN + " with both subjects",
            "kind " + kind + ", subject " + (a.isEmpty() ? "empty" : a) + ", subject_b "
            + (b.isEmpty() ? "empty" : b));
      }
      String label = b.isEmpty() ? a : a + "+" + b;
      ResultCell.Roi roi = new ResultCell.Roi(r.text("dataset"), r.text("roi"));
      Acc acc = refs.computeIfAbsent(new Reference.Key(roi, kind, label), k -> new Acc(
          new ResultCell(roi.dataset(), label, roi.name(), Reference.MODEL, kind, -1,
              ResultCell.NONE, "", 0, ""), b.isEmpty() ? List.of(a) : List.of(a, b)));
      int rank = r.integer(Spectrum.RANK, 0);
      if (rank != acc.ranks + 1) {
        throw r.invalid("rank", "rank " + (acc.ranks + 1) + " of the " + kind
            + " reference of " + label + " in " + roi.name() + " (ranks 1, 2, 3, … in order)",
            r.text(Spectrum.RANK));
      }
      acc.ranks = rank;
      acc.spectrum.add(rank, r.number(Spectrum.CORRELATION), r.number(Spectrum.CORRELATION_SD),
          r.number(Spectrum.NULL_QUANTILE));
      Boolean reliable = r.bool(Spectrum.RELIABLE);
      acc.known |= reliable != null;
      if (!acc.broken && Boolean.TRUE.equals(reliable)) {
        acc.reliable++;
      } else {
        acc.broken = true;
      }
    });
    Map<Reference.Key, Reference> out = new LinkedHashMap<>();
    refs.forEach((k, acc) -> {
      CellSpectrum s = acc.spectrum.build();
      out.put(k, new Reference(k.roi(), k.kind(), k.label(), acc.subjects, s, Double.NaN,
          acc.known ? acc.reliable : Double.NaN, s.correlation()[0]));
    });
    return out;
  }
}
