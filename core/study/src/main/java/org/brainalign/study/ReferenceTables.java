package org.brainalign.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brainalign.api.metric.Spectrum;
import org.brainalign.engine.io.ResultWriter;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.study.table.CellId;
import org.brainalign.study.table.ReferenceRow;
import org.brainalign.study.table.ScoreRow;
import org.brainalign.study.table.SpectrumRank;

/**
 * Gathers finished references, in task order, into {@code references.csv} (one row per reference ×
 * rank) and the references' rows of {@code scores.csv} ({@code model} = {@code reference},
 * {@code layer} = the kind, {@code subject} = the subject or {@code A+B}, empty layer index).
 */
final class ReferenceTables {
  private ReferenceTables() {}

  /**
   * Writes {@code references.csv} (or removes an earlier one when the study has no references).
   *
   * @return the references' rows of {@code scores.csv}
   */
  static List<ScoreRow> write(StudyPlan plan, ReferenceStage stage, Path out) {
    Path file = out.resolve(ReferenceRow.FILE);
    List<ScoreRow> scores = new ArrayList<>();
    if (plan.references.isEmpty()) {
      try {
        Files.deleteIfExists(file);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot delete " + file, e);
      }
      return scores;
    }
    String dataset = plan.dataset.entry().provider().id();
    List<ReferenceRow> rows = new ArrayList<>();
    for (ReferenceGroup g : plan.references.groups) {
      for (String roi : g.rois()) {
        Path dir = stage.folder(g, roi);
        Map<String, double[]> cols = StudyTables.readNumeric(dir.resolve(Spectrum.TABLE + ".csv"));
        double[] rank = cols.get(Spectrum.RANK);
        Spectrum sp = Spectrum.of(cols);
        double[] corr = sp.correlation();
        double[] nullQ = sp.nullQuantile();
        for (int k = 0; k < rank.length; k++) {
          // Without permutations null_quantile and reliable are empty here, unlike spectra.csv.
          rows.add(new ReferenceRow(dataset, g.subject(), g.subjectB() == null ? "" : g.subjectB(),
              roi, g.kind().id(), new SpectrumRank((int) rank[k], corr[k], sp.correlationSd()[k],
                  sp.singularValue()[k], nullQ == null ? null : nullQ[k],
                  nullQ == null ? null : sp.reliable()[k])));
        }
        Path summary = dir.resolve(ResultWriter.SUMMARY);
        Map<String, Object> s = JsonFiles.read(summary);
        double slope = PowerLaw.slope(rank, corr, plan.file.slopeRanks()[0],
            plan.file.slopeRanks()[1]);
        scores.add(new ScoreRow(new CellId(dataset, g.subjects(), roi, CellId.REFERENCE,
            g.kind().id(), null, "none", "", null, (String) s.get("metric")),
            StudyTables.number(s, "score", summary), (String) s.get("score_name"), true,
            StudyTables.number(s, "shared_dimensionality", summary),
            StudyTables.number(s, "correlation_rank1", summary), slope,
            StudyTables.number(s, "n_stimuli", summary), StudyTables.number(s, "n_units", summary),
            StudyTables.number(s, "n_voxels", summary), null));
      }
    }
    ReferenceRow.TABLE.write("references", rows, file);
    return scores;
  }
}
