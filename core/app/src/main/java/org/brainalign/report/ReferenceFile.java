package org.brainalign.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.metric.Spectrum;
import org.brainalign.study.table.ReferenceRow;
import org.brainalign.study.table.SpectrumRank;

/**
 * Reads {@code references.csv} ({@link ReferenceRow}): one row per rank of each reference spectrum.
 * A within-subject reference leaves {@code subject_b} empty; a between-subject one names the pair's
 * second subject there. Ranks of one reference run 1, 2, 3, … in file order.
 */
final class ReferenceFile {
  static final String FILE = ReferenceRow.FILE;

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
    ReferenceRow.TABLE.stream(file, e -> {
      ReferenceRow r = e.row();
      String kind = r.kind();
      String a = r.subject();
      String b = r.subjectB();
      if (!Reference.KINDS.contains(kind) || a.isEmpty()
          || b.isEmpty() != kind.equals(Reference.WITHIN)) {
        throw e.source().invalid("kind, subject and subject_b", "kind " + Reference.WITHIN
            + " with subject_b empty, or " + Reference.BETWEEN + " with both subjects",
            "kind " + kind + ", subject " + (a.isEmpty() ? "empty" : a) + ", subject_b "
            + (b.isEmpty() ? "empty" : b));
      }
      String label = b.isEmpty() ? a : a + "+" + b;
      ResultCell.Roi roi = new ResultCell.Roi(r.dataset(), r.roi());
      Acc acc = refs.computeIfAbsent(new Reference.Key(roi, kind, label), k -> new Acc(
          new ResultCell(roi.dataset(), label, roi.name(), Reference.MODEL, kind, -1,
              ResultCell.NONE, "", 0, ""), b.isEmpty() ? List.of(a) : List.of(a, b)));
      SpectrumRank k = r.rank();
      if (k.rank() != acc.ranks + 1) {
        throw e.source().invalid(Spectrum.RANK, "rank " + (acc.ranks + 1) + " of the " + kind
            + " reference of " + label + " in " + roi.name() + " (ranks 1, 2, 3, … in order)",
            Integer.toString(k.rank()));
      }
      acc.ranks = k.rank();
      acc.spectrum.add(k.rank(), k.correlation(), k.correlationSd(), k.nullQuantile());
      acc.known |= k.reliable() != null;
      if (!acc.broken && Boolean.TRUE.equals(k.reliable())) {
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
