package org.brainalign.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.brainalign.api.metric.Spectrum;
import org.brainalign.api.table.Table;
import org.brainalign.engine.io.ResultWriter;
import org.brainalign.formats.csv.TableWriter;
import org.brainalign.formats.json.JsonFiles;

/**
 * Gathers finished references, in task order, into {@code references.csv} (one row per reference ×
 * rank) and the references' rows of {@code scores.csv} ({@code model} = {@value #MODEL},
 * {@code layer} = the kind, {@code subject} = the subject or {@code A+B}, empty layer index).
 */
final class ReferenceTables {
  /** The {@code model} column of a reference's scores row. */
  static final String MODEL = "reference";
  /** The file in the study's output folder. */
  static final String FILE = "references.csv";
  /** {@code references.csv}'s columns. */
  static final List<String> COLUMNS = StudyColumns.concat(List.of("dataset", "subject",
      "subject_b", "roi", "kind"), StudyColumns.SPECTRUM);

  private ReferenceTables() {}

  /**
   * Writes {@code references.csv} (or removes an earlier one when the study has no references).
   *
   * @return the references' rows of {@code scores.csv}, in {@link StudyColumns#SCORES} order
   */
  static List<List<Object>> write(StudyPlan plan, ReferenceStage stage, Path out) {
    Path file = out.resolve(FILE);
    List<List<Object>> scores = new ArrayList<>();
    if (plan.references.isEmpty()) {
      try {
        Files.deleteIfExists(file);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot delete " + file, e);
      }
      return scores;
    }
    String dataset = plan.dataset.entry().provider().id();
    List<List<Object>> rows = new ArrayList<>();
    for (ReferenceGroup g : plan.references.groups) {
      for (String roi : g.rois()) {
        Path dir = stage.folder(g, roi);
        Map<String, double[]> cols = StudyTables.readNumeric(dir.resolve(Spectrum.TABLE + ".csv"));
        double[] rank = cols.get(Spectrum.RANK);
        Spectrum sp = Spectrum.of(cols);
        double[] corr = sp.correlation();
        double[] nullQ = sp.nullQuantile();
        for (int k = 0; k < rank.length; k++) {
          rows.add(Arrays.asList(dataset, g.subject(), g.subjectB() == null ? "" : g.subjectB(),
              roi, g.kind().id(), (int) rank[k], corr[k], sp.correlationSd()[k],
              sp.singularValue()[k], nullQ == null ? "" : nullQ[k],
              nullQ == null ? "" : Boolean.toString(sp.reliable()[k])));
        }
        Map<String, Object> s = JsonFiles.read(dir.resolve(ResultWriter.SUMMARY));
        double slope = PowerLaw.slope(rank, corr, plan.file.slopeRanks()[0],
            plan.file.slopeRanks()[1]);
        List<Object> row = new ArrayList<>(Arrays.asList(dataset, g.subjects(), roi, MODEL,
            g.kind().id(), "", "none", "", "", s.get("metric"), s.get("score"),
            s.get("score_name"), true, s.get("shared_dimensionality"), s.get("correlation_rank1"),
            slope, s.get("n_stimuli"), s.get("n_units"), s.get("n_voxels"), null));
        scores.add(row);
      }
    }
    TableWriter.write(new Table("references", COLUMNS, rows), file);
    return scores;
  }
}
