package org.brainalign.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.brainalign.api.BrainAlignException;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.Versions;
import org.brainalign.engine.io.AtomicFiles;
import org.brainalign.engine.io.json.JsonFiles;
import org.brainalign.engine.nonfinite.NonFiniteColumns;
import org.brainalign.engine.nonfinite.NonFinitePolicy;
import org.brainalign.engine.run.ConsoleRunContext;

/**
 * Runs a study: extracts features once per (model, stimuli, layer, reducer) into the feature cache,
 * runs every cell of the grid (in parallel where memory allows), writes each finished cell atomically
 * so an interrupted run resumes where it stopped, then gathers {@code spectra.csv}, {@code
 * scores.csv} and {@code study.json}.
 */
public final class StudyRunner {
  private final StudyPlan plan;
  private final Path out;
  private final FeatureStore store;
  private final RunContext context;
  private final PrintWriter log;
  private final Map<String, Map<String, Object>> knownAnswers = new LinkedHashMap<>();

  /**
   * @param cache the feature cache folder (shared between studies is fine)
   * @param log where stage messages go
   */
  public StudyRunner(StudyPlan plan, Path out, Path cache, RunContext context, PrintWriter log) {
    this.plan = plan;
    this.out = out;
    this.store = new FeatureStore(cache, plan.file.nonFinite(), log);
    this.context = context;
    this.log = log;
  }

  /** What a run did. */
  public record Outcome(int cells, int computed, int resumed, List<String> warnings) {}

  public Outcome run() {
    long t0 = System.nanoTime();
    Path cellsDir = out.resolve("cells");
    try {
      Files.createDirectories(cellsDir);
      Files.deleteIfExists(out.resolve("study.json"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + cellsDir, e);
    }
    AtomicFiles.write(out.resolve("study.yaml"), plan.file.text().getBytes(StandardCharsets.UTF_8));
    log.println("Gram matrices: " + plan.gramBackend().describe());
    log.println("Eigendecompositions: " + plan.eigenBackend().describe());
    log.flush();
    List<Cell> cells = plan.cells();
    String ctx = plan.context();
    Map<String, Labels> stimuli = new LinkedHashMap<>();
    Map<String, String> keys = new LinkedHashMap<>();
    int stage = 0;
    int stages = 2 * plan.subjects.size() + 1;
    for (String subject : plan.subjects) {
      ImageSource images = plan.dataset.extension().stimuli(subject, context);
      List<String> ids = new ArrayList<>(images.size());
      for (int i = 0; i < images.size(); i++) {
        ids.add(images.id(i));
      }
      stimuli.put(subject, Labels.of(ids));
      String digest = FeatureStore.stimuliDigest(images);
      Map<String, FeatureStore.Target> needed = new LinkedHashMap<>();
      for (Cell c : cells) {
        if (!c.subject().equals(subject)) {
          continue;
        }
        FeatureStore.Target t = new FeatureStore.Target(c.layer(), c.reducer());
        String key = store.key(plan, digest, t);
        keys.put(subject + "|" + c.layer().name() + "|" + c.reducer().spec(), key);
        if (!CellOutput.complete(cellsDir, c.key(ctx))) {
          needed.put(key, t);
        }
      }
      stage++;
      try (AutoCloseable lock = store.lock()) {
        // Checked under the lock: another study sharing the cache may have just written them.
        Map<String, FeatureStore.Target> missing = new LinkedHashMap<>();
        needed.forEach((key, t) -> {
          String problem = store.problem(key, t.layer().name());
          if (problem != null) {
            if (!problem.equals(FeatureStore.ABSENT)) {
              log.printf("cache entry %s is %s: rebuilding%n", key, problem);
            }
            missing.put(key, t);
          }
        });
        if (!missing.isEmpty()) {
          log.printf("[%d/%d] features for %s: %d images, %d layer/reducer outputs%n", stage,
              stages, subject, images.size(), missing.size());
          log.flush();
          store.extract(plan, images, missing, context);
        } else {
          log.printf("[%d/%d] features for %s: cached%n", stage, stages, subject);
        }
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new BrainAlignException("cannot release the feature cache lock: " + e, e);
      }
    }
    int computed = 0;
    int resumed = 0;
    try (Progress progress = context.progress("cells", cells.size())) {
      for (String subject : plan.subjects) {
        stage++;
        log.printf("[%d/%d] cells for %s%n", stage, stages, subject);
        log.flush();
        for (String roi : plan.rois.get(subject)) {
          List<Cell> pending = new ArrayList<>();
          for (Cell c : cells) {
            if (c.subject().equals(subject) && c.roi().equals(roi)) {
              if (CellOutput.complete(cellsDir, c.key(ctx))) {
                resumed++;
                progress.advance(1);
              } else {
                pending.add(c);
              }
            }
          }
          if (pending.isEmpty()) {
            continue;
          }
          Responses responses = plan.dataset.extension().responses(subject, roi, context);
          recordKnownAnswer(subject, roi, responses);
          LabelledMatrix voxels = responses.data();
          NonFiniteColumns voxelScan = null;
          if (plan.file.nonFinite() == NonFinitePolicy.DROP) {
            voxelScan = NonFiniteColumns.scan(voxels.name(), voxels.data());
            voxels = voxelScan.apply(voxels);
            if (voxelScan.dropped() > 0) {
              log.println("non-finite: " + voxelScan.describe());
              log.flush();
            }
          }
          computed += runCells(pending, voxels, voxelScan, stimuli.get(subject), keys, cellsDir,
              progress);
        }
      }
    }
    stage++;
    log.printf("[%d/%d] tables%n", stage, stages);
    StudyTables.write(plan, cells, out, cellsDir);
    List<String> warnings = warnings();
    writeStudyJson(cells, (System.nanoTime() - t0) / 1e9, warnings);
    return new Outcome(cells.size(), computed, resumed, warnings);
  }

  private int runCells(List<Cell> pending, LabelledMatrix responses, NonFiniteColumns voxelScan,
      Labels rows, Map<String, String> keys, Path cellsDir, Progress progress) {
    int n = responses.rows();
    long perCell = 8L * (6L * n * n + 2L * n * Math.min(n, responses.columns())) + (256L << 20);
    int parallel = (int) Math.max(1, Math.min(context.threads(),
        context.memoryBudget() / Math.max(1, perCell)));
    parallel = Math.min(parallel, pending.size());
    RunContext cellContext = new ConsoleRunContext(Math.max(1, context.threads() / parallel),
        context.memoryBudget() / parallel, context.scratchDir(), System.err, true,
        plan.eigenBackend().solver().orElse(null));
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Cell c : pending) {
        futures.add(pool.submit(() -> {
          long t = System.nanoTime();
          String key = keys.get(c.subject() + "|" + c.layer().name() + "|" + c.reducer().spec());
          LabelledMatrix features = store.open(key, c.layer().name(), rows, c.layer().name()
              + (c.reducer().isNone() ? "" : " (" + c.reducer().spec() + ")"),
              plan.gramBackendId(), plan.gramBackend());
          AlignmentResult r;
          try {
            r = c.metric().metric().compare(AlignmentInput.of(features, responses), cellContext);
          } catch (RuntimeException e) {
            throw NonFinitePolicy.withHint(e, "'non-finite: drop' under 'analysis:' in the study "
                + "file");
          }
          Map<String, Object> nonFinite = null;
          if (voxelScan != null) {
            NonFiniteColumns unitScan = store.scanned(key);
            nonFinite = new LinkedHashMap<>();
            nonFinite.put("policy", NonFinitePolicy.DROP.id());
            nonFinite.put("units", unitScan.columns());
            nonFinite.put("dropped_units", unitScan.dropped());
            nonFinite.put("voxels", voxelScan.columns());
            nonFinite.put("dropped_voxels", voxelScan.dropped());
          }
          CellOutput.write(cellsDir, c.key(plan.context()), c, r, features, responses, nonFinite,
              (System.nanoTime() - t) / 1e9);
          progress.advance(1);
          return null;
        }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException re) {
            throw re;
          }
          throw new BrainAlignException("cell failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new BrainAlignException("interrupted", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return pending.size();
  }

  /**
   * A dataset with a known answer (surrogate) puts it under {@code known_answer} in each ROI's
   * manifest; study.json repeats it per subject and ROI. Resumed ROIs whose responses were not read
   * again are missing from it.
   */
  private void recordKnownAnswer(String subject, String roi, Responses responses) {
    Object answer = responses.manifest().get("known_answer");
    if (answer != null) {
      knownAnswers.computeIfAbsent(subject, k -> new LinkedHashMap<>()).put(roi, answer);
    }
  }

  private List<String> warnings() {
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
  private Map<String, Object> nonFiniteSummary(List<Cell> cells) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("policy", plan.file.nonFinite().id());
    if (plan.file.nonFinite() != NonFinitePolicy.DROP) {
      return s;
    }
    Map<String, Map<String, Object>> features = new LinkedHashMap<>();
    Map<String, Map<String, Object>> responses = new LinkedHashMap<>();
    for (Cell c : cells) {
      Path summary = out.resolve("cells").resolve(c.key(plan.context()))
          .resolve(org.brainalign.engine.io.ResultWriter.SUMMARY);
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
      features.putIfAbsent(c.subject() + "|" + c.layer().name() + "|" + c.reducer().spec(), f);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("subject", c.subject());
      r.put("roi", c.roi());
      r.put("columns", m.get("voxels"));
      r.put("dropped_columns", m.get("dropped_voxels"));
      responses.putIfAbsent(c.subject() + "|" + c.roi(), r);
    }
    s.put("features", new ArrayList<>(features.values()));
    s.put("responses", new ArrayList<>(responses.values()));
    return s;
  }

  private void writeStudyJson(List<Cell> cells, double seconds, List<String> warnings) {
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
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("name", plan.file.name());
    j.put("study", study);
    j.put("study_file", plan.file.text());
    j.put("cells", cells.size());
    j.put("model_provenance", plan.model.extension().provenance());
    j.put("versions", Versions.all());
    j.put("plugins", Map.of("model", plan.model.entry().pluginId() + " "
        + plan.model.entry().pluginVersion(), "dataset", plan.dataset.entry().pluginId() + " "
        + plan.dataset.entry().pluginVersion()));
    j.put("timings", Map.of("total_seconds", seconds, "threads", context.threads()));
    j.put("non_finite", nonFiniteSummary(cells));
    j.put("warnings", warnings);
    if (!knownAnswers.isEmpty()) {
      j.put("known_answer", knownAnswers);
    }
    JsonFiles.write(out.resolve("study.json"), j);
  }
}
