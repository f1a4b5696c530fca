package org.brainalign.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.reducer.ReducerInput;
import org.brainalign.api.run.RunContext;
import org.brainalign.formats.json.JsonFiles;

/**
 * A study as a graph of tasks in four stages, the one description every way of running it follows
 * ({@code brainalign run} in one process, {@code run --stage S --task K} one task at a time, SLURM
 * job arrays): {@code features} (one per distinct stimulus set: one forward pass writes every layer
 * and reducer its subjects need), {@code gram} (one per feature entry), {@code cells} (one per
 * subject × layer × reducer: every ROI and metric of that entry, in one process sharing one feature
 * matrix) and {@code merge} (one). Indices are stable: they depend on the study alone, never on
 * what is already done, so a resubmitted task means the same work.
 */
public final class StudyGraph {
  /** Subjects sharing one stimulus set: one forward pass of the model. */
  record FeatureGroup(int index, List<String> subjects, ImageSource images, String digest,
      Map<FeatureCache.EntryKey, FeatureCache.Target> targets) {}

  /** One feature entry of the cache (a layer, optionally reduced, of one stimulus set). */
  record Entry(int index, FeatureCache.EntryKey key, FeatureCache.Target target, int featureTask, long columns) {}

  /** The cells of one subject × layer × reducer, run together on one shared feature matrix. */
  record CellGroup(int index, String subject, LayerInfo layer, ReducerVariant reducer, Entry entry,
      List<GridCell> cells) {}

  private final List<FeatureGroup> features = new ArrayList<>();
  private final List<Entry> entries = new ArrayList<>();
  private final List<CellGroup> cellGroups = new ArrayList<>();
  private final Map<String, Labels> stimuli = new LinkedHashMap<>();
  private final Map<String, Integer> images = new LinkedHashMap<>();
  private final List<GridCell> cells;
  private final StudyPlan plan;

  StudyGraph(StudyPlan plan, FeatureCache store, RunContext context) {
    this.plan = plan;
    this.cells = plan.cells();
    Map<String, FeatureGroup> byDigest = new LinkedHashMap<>();
    Map<String, String> digestOf = new LinkedHashMap<>();
    for (String subject : plan.subjects) {
      ImageSource source = plan.dataset.extension().stimuli(subject, context);
      List<String> ids = new ArrayList<>(source.size());
      for (int i = 0; i < source.size(); i++) {
        ids.add(source.id(i));
      }
      stimuli.put(subject, Labels.of(ids));
      images.put(subject, source.size());
      String digest = FeatureCache.stimuliDigest(source);
      digestOf.put(subject, digest);
      FeatureGroup g = byDigest.get(digest);
      if (g == null) {
        g = new FeatureGroup(byDigest.size(), new ArrayList<>(), source, digest,
            new LinkedHashMap<>());
        byDigest.put(digest, g);
        features.add(g);
      }
      g.subjects().add(subject);
    }
    Map<FeatureCache.EntryKey, Entry> byKey = new LinkedHashMap<>();
    Map<GridCell.GroupKey, CellGroup> groups = new LinkedHashMap<>();
    // Grid order is subject, ROI, layer, reducer, metric; cell groups follow the subject and the
    // first appearance of each layer × reducer, so gram task i and cells task i are the same entry
    // whenever no two subjects share stimuli.
    for (String subject : plan.subjects) {
      for (GridCell c : cells) {
        if (!c.subject().equals(subject)) {
          continue;
        }
        FeatureGroup fg = byDigest.get(digestOf.get(subject));
        FeatureCache.Target t = new FeatureCache.Target(c.layer(), c.reducer());
        FeatureCache.EntryKey key = store.key(plan, fg.digest(), t);
        Entry e = byKey.get(key);
        if (e == null) {
          e = new Entry(byKey.size(), key, t, fg.index(), columns(t, images.get(subject)));
          byKey.put(key, e);
          entries.add(e);
          fg.targets().put(key, t);
        }
        CellGroup cg = groups.get(c.groupKey());
        if (cg == null) {
          cg = new CellGroup(groups.size(), subject, c.layer(), c.reducer(), e, new ArrayList<>());
          groups.put(c.groupKey(), cg);
          cellGroups.add(cg);
        }
        cg.cells().add(c);
      }
    }
  }

  private static long columns(FeatureCache.Target t, int n) {
    LayerInfo l = t.layer();
    if (t.reducer().isNone()) {
      return l.size();
    }
    long p = 1;
    for (int d : t.reducer().reducer().fit(new ReducerInput(l.name(), l.shape(), n))
        .outputShape()) {
      p *= d;
    }
    return p;
  }

  List<FeatureGroup> features() {
    return features;
  }

  List<Entry> entries() {
    return entries;
  }

  List<CellGroup> cellGroups() {
    return cellGroups;
  }

  /** Every cell, in grid order. */
  List<GridCell> cells() {
    return cells;
  }

  /** The stimulus ids of a subject (rows of its feature and response matrices). */
  Labels stimuli(String subject) {
    return stimuli.get(subject);
  }

  /** The references' cells tasks, after the model's ({@link #reference}). */
  List<ReferenceGroup> references() {
    return plan.references.groups;
  }

  /**
   * The reference of cells task {@code index}, or null when that task is a model cell group: the
   * references' tasks follow the model's, {@code cellGroups().size() + group.index()}.
   */
  ReferenceGroup reference(int index) {
    int i = index - cellGroups.size();
    return i >= 0 && i < references().size() ? references().get(i) : null;
  }

  /** The number of tasks of a stage. */
  public int size(StudyTask.Stage stage) {
    return switch (stage) {
      case FEATURES -> features.size();
      case GRAM -> entries.size();
      case CELLS -> cellGroups.size() + references().size();
      case MERGE -> 1;
    };
  }

  /**
   * Whether cells task i reads exactly the output of gram task i, for every i: then the cells array
   * can depend on the gram array task by task (SLURM {@code aftercorr}). Never with references,
   * whose tasks read no gram task.
   */
  public boolean cellsFollowGramOneToOne() {
    if (cellGroups.size() != entries.size() || !references().isEmpty()) {
      return false;
    }
    for (CellGroup g : cellGroups) {
      if (g.entry().index() != g.index()) {
        return false;
      }
    }
    return true;
  }

  /** The cells task that holds a cell. */
  CellGroup groupOf(GridCell cell) {
    for (CellGroup g : cellGroups) {
      if (g.cells().contains(cell)) {
        return g;
      }
    }
    throw new IllegalStateException("no cells task holds " + cell);
  }

  /** Every task, stage by stage, with its estimates. */
  public List<StudyTask> tasks(Path out, Path cache) {
    List<StudyTask> tasks = new ArrayList<>();
    for (FeatureGroup g : features) {
      int n = g.images().size();
      long disk = 0;
      List<String> outputs = new ArrayList<>();
      for (Entry e : entries) {
        if (e.featureTask() == g.index()) {
          disk += 4L * n * e.columns();
          outputs.add(cache.resolve(e.key().folder()).toString());
        }
      }
      tasks.add(new StudyTask(StudyTask.Stage.FEATURES, g.index(), "features " + g.index() + ": "
          + n + " images of " + String.join(", ", g.subjects()) + ", " + outputs.size()
          + " layer/reducer outputs", List.of(), outputs, TaskEstimates.featuresMemory(),
          disk, TaskEstimates.featuresSeconds(n, outputs.size())));
    }
    for (Entry e : entries) {
      int n = images.get(subjectOf(e));
      boolean wide = e.columns() > n;
      tasks.add(new StudyTask(StudyTask.Stage.GRAM, e.index(), "gram " + e.index() + ": "
          + e.key() + (wide ? "" : " (narrow features: nothing to cache)"),
          List.of(StudyTask.Stage.FEATURES.id() + ":" + e.featureTask()),
          wide ? List.of(cache.resolve(e.key().folder()).resolve(e.target().layer().name()
              + ".<digest>.gram.npy").toString()) : List.of(),
          TaskEstimates.gramMemory(n, wide), wide ? 8L * n * n : 0,
          TaskEstimates.gramSeconds(n, e.columns(), wide)));
    }
    CellContext context = plan.context();
    for (CellGroup g : cellGroups) {
      int n = images.get(g.subject());
      List<String> outputs = g.cells().stream()
          .map(c -> c.key(context).in(out.resolve("cells")).toString()).toList();
      int rois = (int) g.cells().stream().map(GridCell::roi).distinct().count();
      tasks.add(new StudyTask(StudyTask.Stage.CELLS, g.index(), "cells " + g.index() + ": "
          + g.subject() + " " + g.layer().name() + " " + g.reducer().spec() + ", " + rois
          + " ROIs × " + plan.metrics.size() + " metrics",
          List.of(StudyTask.Stage.GRAM.id() + ":" + g.entry().index()), outputs,
          TaskEstimates.cellsMemory(n), 1_000_000L * g.cells().size(),
          TaskEstimates.cellsSeconds(n, e(g).columns(), g.cells().size())));
    }
    for (ReferenceGroup r : references()) {
      int n = images.get(r.subject());
      tasks.add(new StudyTask(StudyTask.Stage.CELLS, cellGroups.size() + r.index(), "cells "
          + (cellGroups.size() + r.index()) + ": " + r + " reference, " + r.rois().size()
          + " ROIs", List.of(), List.of(out.resolve(ReferenceStage.FOLDER).toString()),
          TaskEstimates.cellsMemory(n), 1_000_000L * r.rois().size(),
          TaskEstimates.cellsSeconds(n, n, r.rois().size() * (r.subjectB() == null ? 1 : 2))));
    }
    List<String> all = new ArrayList<>();
    for (int i = 0; i < size(StudyTask.Stage.CELLS); i++) {
      all.add(StudyTask.Stage.CELLS.id() + ":" + i);
    }
    tasks.add(new StudyTask(StudyTask.Stage.MERGE, 0, "merge: tables, study.json and report",
        all, List.of(out.resolve("spectra.csv").toString(), out.resolve("scores.csv").toString(),
            out.resolve("study.json").toString(), out.resolve("report.html").toString()),
        TaskEstimates.mergeMemory(), 10_000_000L, 5 + 0.05 * cells.size()));
    return tasks;
  }

  private static Entry e(CellGroup g) {
    return g.entry();
  }

  private String subjectOf(Entry e) {
    return features.get(e.featureTask()).subjects().get(0);
  }

  /** A subject that reads an entry (its stimulus ids label the entry's rows). */
  String subject(Entry e) {
    return subjectOf(e);
  }

  /** Writes {@code tasks.json}: the study, the stages with their sizes, and every task. */
  void write(Path file, Path out, Path cache) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("study", plan.file.name());
    j.put("out", out.toAbsolutePath().toString());
    j.put("cache", cache.toAbsolutePath().toString());
    Map<String, Object> stages = new LinkedHashMap<>();
    for (StudyTask.Stage s : StudyTask.Stage.values()) {
      stages.put(s.id(), size(s));
    }
    j.put("stages", stages);
    j.put("cells_follow_gram_one_to_one", cellsFollowGramOneToOne());
    j.put("estimates", "rough: " + TaskEstimates.BASIS);
    j.put("tasks", tasks(out.toAbsolutePath(), cache.toAbsolutePath()).stream().map(StudyTask::toJson).toList());
    JsonFiles.write(file, j);
  }
}
