package org.brainalign.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.engine.Versions;
import org.brainalign.formats.AtomicFiles;
import org.brainalign.engine.io.ResultWriter;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.study.nonfinite.NonFinitePolicy;
import org.brainalign.study.table.ReferenceRow;

/**
 * {@code study.json}: what the study ran (model, dataset, grid, backends, versions, provenance),
 * its timings, the non-finite columns dropped, its warnings and its ROIs' known answers. It is the
 * folder's completion marker: {@link #write} stages it as {@code study.json.partial}, the report is
 * rendered from that, and {@link #publish} renames it last.
 */
final class StudyJson {
  static final String FILE = "study.json";

  private StudyJson() {}

  /** Where {@link #write} puts {@code study.json} until {@link #publish}. */
  static Path staged(Path out) {
    return AtomicFiles.partial(out.resolve(FILE));
  }

  /** Renames the staged file to {@code study.json}: the folder is complete. */
  static void publish(Path out) {
    AtomicFiles.commit(out.resolve(FILE));
  }

  static List<String> warnings(StudyPlan plan) {
    List<String> w = new ArrayList<>();
    String weights = plan.model.options().asMap().get("weights");
    if (weights != null && weights.startsWith("random")) {
      w.add(plan.model.entry().provider().id() + " ran with RANDOM weights (" + weights
          + "), not trained ones: layer preferences reflect the architecture, not learning.");
    }
    return w;
  }

  /**
   * The non-finite policy and, under {@code drop}, the columns dropped from each feature matrix and
   * each ROI's responses, gathered from the finished cells (so resumed cells count too).
   */
  private static Map<String, Object> nonFiniteSummary(StudyPlan plan, Path out,
      List<GridCell> cells) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("policy", plan.file.nonFinite().id());
    if (plan.file.nonFinite() != NonFinitePolicy.DROP) {
      return s;
    }
    Map<GridCell.GroupKey, Map<String, Object>> features = new LinkedHashMap<>();
    Map<GridCell.RoiKey, Map<String, Object>> responses = new LinkedHashMap<>();
    CellContext context = plan.context();
    for (GridCell c : cells) {
      Path summary = c.key(context).in(out.resolve("cells"))
          .resolve(ResultWriter.SUMMARY);
      Object nf = JsonFiles.read(summary).get("non_finite");
      if (!(nf instanceof Map<?, ?> m)) {
        continue;
      }
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("subject", c.subject());
      f.put("layer", c.layer().name());
      f.put("reducer", c.reducer().spec());
      f.put("columns", m.get("units"));
      f.put("dropped_columns", m.get("dropped_units"));
      features.putIfAbsent(c.groupKey(), f);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("subject", c.subject());
      r.put("roi", c.roi());
      r.put("columns", m.get("voxels"));
      r.put("dropped_columns", m.get("dropped_voxels"));
      responses.putIfAbsent(c.roiKey(), r);
    }
    s.put("features", new ArrayList<>(features.values()));
    s.put("responses", new ArrayList<>(responses.values()));
    return s;
  }

  /**
   * Writes {@code out/study.json.partial} ({@link #staged}).
   *
   * @param seconds the run's wall time, or NaN for a merge of cluster tasks
   * @param knownAnswers subject → ROI → known answer ({@link KnownAnswers#read}), empty if none
   */
  static void write(StudyPlan plan, Path out, List<GridCell> cells, double seconds, int threads,
      List<String> warnings, Map<String, Map<String, Object>> knownAnswers) {
    Map<String, Object> study = new LinkedHashMap<>();
    study.put("model", plan.model.options().toString());
    study.put("layers", plan.layers.stream().map(l -> l.name()).toList());
    study.put("dataset", plan.dataset.options().toString());
    study.put("subjects", plan.subjects);
    study.put("rois", plan.rois);
    study.put("reducers", plan.reducers.stream().map(ReducerVariant::spec).toList());
    study.put("metrics", plan.metrics.stream().map(MetricVariant::spec).toList());
    study.put("slope_ranks", plan.file.slopeRanks());
    study.put("gram_precision", plan.gramPrecision().id());
    study.put("gram_backend", plan.gramBackend.options().toString());
    study.put("gram_device", plan.gramBackend().describe());
    study.put("eigen_backend", plan.eigenBackend().spec());
    study.put("eigen_device", plan.eigenBackend().describe());
    if (!plan.references.isEmpty()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("kinds", plan.references.kinds.stream().map(ReferenceKind::id).toList());
      r.put("dataset", plan.references.dataset.options().toString());
      r.put("metric", plan.references.metric.spec());
      r.put("spectra", plan.references.groups.stream().mapToInt(g -> g.rois().size()).sum());
      r.put("table", ReferenceRow.FILE);
      study.put("references", r);
    }
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("name", plan.file.name());
    j.put("study", study);
    j.put("study_file", plan.file.text());
    j.put("cells", cells.size());
    j.put("model_provenance", plan.model.extension().provenance());
    j.put("versions", Versions.all());
    // In a fixed order: Map.of's iteration order changes from one JVM to the next.
    Map<String, Object> plugins = new LinkedHashMap<>();
    plugins.put("model", plan.model.entry().pluginId() + " " + plan.model.entry().pluginVersion());
    plugins.put("dataset", plan.dataset.entry().pluginId() + " "
        + plan.dataset.entry().pluginVersion());
    j.put("plugins", plugins);
    Map<String, Object> timings = new LinkedHashMap<>();
    if (!Double.isNaN(seconds)) {
      timings.put("total_seconds", seconds);
    } else {
      timings.put("merged_from_tasks", true);
    }
    timings.put("threads", threads);
    j.put("timings", timings);
    j.put("non_finite", nonFiniteSummary(plan, out, cells));
    j.put("warnings", warnings);
    if (!knownAnswers.isEmpty()) {
      j.put("known_answer", knownAnswers);
    }
    JsonFiles.write(staged(out), j);
  }
}
