package org.brainalign.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.DataFormatException;
import org.brainalign.formats.csv.CsvColumn;
import org.brainalign.formats.csv.CsvTable;
import org.brainalign.study.table.ScoreRow;

/**
 * A study's reference spectra (the brain against itself), indexed by ROI: from
 * {@code references.csv} ({@link ReferenceFile}) and the {@code model = reference} rows of
 * {@code scores.csv}. A study without references has {@link #NONE}, and the report is as before.
 */
final class References {
  static final References NONE = new References(Map.of());

  private final Map<Reference.Key, Reference> all;

  private References(Map<Reference.Key, Reference> all) {
    this.all = all;
  }

  /**
   * Reads {@code dir/references.csv} (if any) and joins the reference rows of {@code scores.csv}:
   * their numbers take precedence over those derived from the spectra.
   *
   * @param scoreRows the {@code model = reference} rows of {@code scores.csv}
   * @throws DataFormatException for a malformed file, a kind other than within-subject or
   *     between-subject, or reference rows in scores.csv without the columns they need
   */
  static References read(Path dir, List<CsvTable.Entry<ScoreRow>> scoreRows) {
    Map<Reference.Key, Reference> all = new LinkedHashMap<>(ReferenceFile.read(dir));
    if (!scoreRows.isEmpty()) {
      List<String> missing = ScoreRow.REFERENCE_COLUMNS.stream()
          .filter(c -> !scoreRows.get(0).source().has(c)).map(CsvColumn::name).toList();
      if (!missing.isEmpty()) {
        throw new DataFormatException(dir.resolve(StudyResults.SCORES), "expected the columns "
            + ScoreRow.REFERENCE_COLUMNS.stream().map(CsvColumn::name).toList()
            + " with its model = reference rows, found a header without " + missing
            + ". Rerun the study to rewrite it.");
      }
    }
    for (CsvTable.Entry<ScoreRow> e : scoreRows) {
      ScoreRow r = e.row();
      String kind = r.cell().layer();
      if (!Reference.KINDS.contains(kind)) {
        throw e.source().invalid("layer", "the kind of a reference row (" + Reference.WITHIN
            + " or " + Reference.BETWEEN + ")", kind);
      }
      ResultCell.Roi roi = new ResultCell.Roi(r.cell().dataset(), r.cell().roi());
      String label = r.cell().subject();
      Reference.Key key = new Reference.Key(roi, kind, label);
      Reference known = all.get(key);
      List<String> subjects = known != null ? known.subjects()
          : kind.equals(Reference.BETWEEN) ? List.of(label.split("\\+", 2)) : List.of(label);
      all.put(key, new Reference(roi, kind, label, subjects,
          known == null ? null : known.spectrum(), ScoreRow.real(r.nStimuli()),
          ScoreRow.real(r.sharedDimensionality()), ScoreRow.real(r.correlationRank1())));
    }
    return all.isEmpty() ? NONE : new References(all);
  }

  boolean isEmpty() {
    return all.isEmpty();
  }

  /** Every reference: by ROI in order of appearance, within-subject first. */
  List<Reference> all() {
    List<Reference> out = new ArrayList<>();
    List<ResultCell.Roi> rois = all.keySet().stream().map(Reference.Key::roi).distinct().toList();
    for (ResultCell.Roi roi : rois) {
      for (String kind : Reference.KINDS) {
        out.addAll(of(roi, kind));
      }
    }
    return out;
  }

  /** The references of one ROI and kind, in file order. */
  List<Reference> of(ResultCell.Roi roi, String kind) {
    return all.values().stream().filter(r -> r.roi().equals(roi) && r.kind().equals(kind))
        .toList();
  }

  /**
   * The rank-wise mean spectrum of one ROI and kind over its subjects (within-subject) or pairs
   * (between-subject), as {@link MeanSpectrum#average} averages the model's; {@code null} if
   * {@code references.csv} has none.
   */
  MeanSpectrum spectrum(ResultCell.Roi roi, String kind) {
    List<CellSpectrum> spectra = of(roi, kind).stream().map(Reference::spectrum)
        .filter(s -> s != null).toList();
    return spectra.isEmpty() ? null : MeanSpectrum.average(spectra);
  }

  /**
   * The reference a model cell is set against: its subject's within-subject reference of the ROI,
   * else the mean over the between-subject pairs the subject is in; {@code null} if neither.
   *
   * @return the kind and shared dimensionality ({@code NaN} when unknown)
   */
  Match forSubject(ResultCell.Roi roi, String subject) {
    for (String kind : Reference.KINDS) {
      List<Reference> refs = of(roi, kind).stream()
          .filter(r -> r.subjects().contains(subject)).toList();
      if (!refs.isEmpty()) {
        return new Match(kind, mean(refs), refs.size());
      }
    }
    return null;
  }

  /**
   * The reference an ROI's subject-mean is set against: the mean shared dimensionality over the
   * ROI's within-subject references, else over its between-subject ones; {@code null} if none.
   */
  Match forRoi(ResultCell.Roi roi) {
    for (String kind : Reference.KINDS) {
      List<Reference> refs = of(roi, kind);
      if (!refs.isEmpty()) {
        return new Match(kind, mean(refs), refs.size());
      }
    }
    return null;
  }

  /**
   * A reference's shared dimensionality for a model's to be set against.
   *
   * @param count how many references (subjects or pairs) the value is the mean of
   */
  record Match(String kind, double sharedDimensionality, int count) {}

  private static double mean(List<Reference> refs) {
    double sum = 0;
    int n = 0;
    for (Reference r : refs) {
      if (!Double.isNaN(r.sharedDimensionality())) {
        sum += r.sharedDimensionality();
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** model / reference to 2 decimals; empty when either is unknown or the reference's is 0. */
  static String ratio(double model, double reference) {
    return Double.isNaN(model) || Double.isNaN(reference) || reference == 0 ? ""
        : String.format(java.util.Locale.ROOT, "%.2f", model / reference);
  }
}
