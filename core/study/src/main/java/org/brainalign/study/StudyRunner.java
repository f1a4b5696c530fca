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
import org.brainalign.api.BrainAlignException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.brainalign.study.fingerprint.FileFingerprints;
import org.brainalign.study.fingerprint.FingerprintIndex;
import org.brainalign.study.gram.CachedGramMatrix;
import org.brainalign.formats.AtomicFiles;
import org.brainalign.identification.CellEvidence;
import org.brainalign.identification.Identification;

/**
 * Runs a study's task graph ({@link StudyGraph}): {@link #run} every task in one process (the
 * embedded default), {@link #runTask} one task (a SLURM array task), {@link #merge} the tables. Both
 * ways go through the same code, so local and per-task runs give byte-identical tables. Features are
 * extracted once per model × stimulus set into the feature cache; each cells task opens its feature
 * matrix once and shares it (and its cached Gram matrix) with every ROI and metric; each finished
 * cell is published atomically, so an interrupted run or task resumes where it stopped.
 */
public final class StudyRunner {
  private final StudyPlan plan;
  private final Path out;
  private final Path cache;
  private final FeatureCache store;
  private final RunContext context;
  private final PrintWriter log;
  private StudyGraph graph;
  private final KnownAnswers knownAnswers;
  private final CellsStage cellsStage;
  private final ReferenceStage referenceStage;
  private final Staleness staleness;
  private final Report report;

  /**
   * What a merge makes from its tables before {@code study.json}, the folder's completion marker,
   * takes its name: the plots and report (the CLI's {@code StudyReport}), so that a folder with a
   * {@code study.json} has them.
   */
  @FunctionalInterface
  public interface Report {
    /**
     * @param studyJson {@code study.json}, written but not yet under its name
     */
    void render(Path studyJson);
  }

  /** A runner whose merges make no report: {@code study.json} follows the tables. */
  public StudyRunner(StudyPlan plan, Path out, Path cache, RunContext context, PrintWriter log) {
    this(plan, out, cache, context, log, studyJson -> { }, false);
  }

  /**
   * @param cache the feature cache folder (shared between studies is fine)
   * @param log where stage messages go
   * @param report renders the plots and report of a merge, before {@code study.json} is published
   */
  public StudyRunner(StudyPlan plan, Path out, Path cache, RunContext context, PrintWriter log,
      Report report) {
    this(plan, out, cache, context, log, report, false);
  }

  /**
   * @param cache the feature cache folder (shared between studies is fine); it also keeps the
   *     digests of the input files ({@value #FINGERPRINTS}), reused while a file is unchanged
   * @param log where stage messages go
   * @param report renders the plots and report of a merge, before {@code study.json} is published
   * @param verifyInputs hash every input file again instead of trusting digests of earlier runs
   *     ({@code --verify-inputs})
   */
  public StudyRunner(StudyPlan plan, Path out, Path cache, RunContext context, PrintWriter log,
      Report report, boolean verifyInputs) {
    this.plan = plan;
    this.report = report;
    this.out = out;
    this.cache = cache;
    FileFingerprints files = new FileFingerprints(new FingerprintIndex(cache.resolve(FINGERPRINTS)),
        verifyInputs);
    this.store = new FeatureCache(cache, plan.file.nonFinite(), log, files);
    this.context = context;
    this.log = log;
    this.knownAnswers = new KnownAnswers(out, plan);
    this.staleness = new Staleness(plan, store, new InputFingerprints(files), this::graph);
    this.cellsStage = new CellsStage(plan, out, store, context, log, this::graph,
        this::openChecked, knownAnswers, staleness);
    this.referenceStage = new ReferenceStage(plan, out, context, log, new InputFingerprints(files));
  }

  /** The file in the cache folder that keeps the digests of input files between runs. */
  public static final String FINGERPRINTS = "fingerprints.tsv";

  /** What a run did. */
  public record Outcome(int cells, int computed, int resumed, List<String> warnings) {}

  /** The study's task graph (built once: it reads every subject's stimulus list). */
  public StudyGraph graph() {
    if (graph == null) {
      graph = new StudyGraph(plan, store, context);
    }
    return graph;
  }

  /**
   * Writes {@code tasks.json} (and {@code study.yaml}, which {@code merge DIR} reads) into the
   * output folder; a finished study's tables and {@code study.json} stay.
   */
  public Path writePlan() {
    try {
      Files.createDirectories(out.resolve("cells"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + out.resolve("cells"), e);
    }
    AtomicFiles.write(out.resolve("study.yaml"), plan.file.text().getBytes(StandardCharsets.UTF_8));
    Path file = out.resolve("tasks.json");
    graph().write(file, out, cache);
    return file;
  }

  /** Runs every task of the graph in this process, then merges. */
  public Outcome run() {
    long t0 = System.nanoTime();
    prepare();
    log.println("Gram matrices: " + plan.gramBackend().describe());
    log.println("Eigendecompositions: " + plan.eigenBackend().describe());
    log.flush();
    StudyGraph g = graph();
    int[] done; // {computed, resumed} cells
    try (Progress progress = context.progress("cells", g.cells().size())) {
      for (StudyGraph.FeatureGroup f : g.features()) {
        features(f);
      }
      for (StudyGraph.Entry e : g.entries()) {
        gram(e);
      }
      done = cellsStage.all(g.cellGroups(), progress);
      referenceStage.all(g);
    } finally {
      staleness.inputs().files().close();
    }
    List<String> warnings = mergeTables((System.nanoTime() - t0) / 1e9);
    return new Outcome(g.cells().size(), done[0], done[1], warnings);
  }

  /**
   * Runs task {@code index} of {@code stage} (merge: {@link #merge}).
   *
   * @throws InvalidInputException when the index is out of range, or the task's inputs are not
   *     there (naming the task that makes them)
   */
  public Outcome runTask(StudyTask.Stage stage, int index) {
    StudyGraph g = graph();
    int size = g.size(stage);
    if (index < 0 || index >= size) {
      throw new InvalidInputException("--task: stage " + stage.id() + " has " + size + " task"
          + (size == 1 ? "" : "s") + " (indices 0 to " + (size - 1) + "), not " + index
          + ". 'brainalign plan STUDY.yaml --out DIR' lists them in DIR/tasks.json.");
    }
    if (stage == StudyTask.Stage.MERGE) {
      return merge();
    }
    prepare();
    int[] r = {0, 0};
    try {
      switch (stage) {
        case FEATURES -> features(g.features().get(index));
        case GRAM -> gram(g.entries().get(index));
        case CELLS -> {
          if (g.reference(index) != null) {
            r = referenceStage.one(g, index);
            break;
          }
          StudyGraph.CellGroup c = g.cellGroups().get(index);
          try (Progress progress = context.progress("cells", c.cells().size())) {
            r = cellsStage.one(c, progress);
          }
        }
        default -> throw new IllegalStateException(stage.toString());
      }
    } finally {
      staleness.inputs().files().close();
    }
    int cells = stage != StudyTask.Stage.CELLS ? 0 : g.reference(index) != null
        ? g.reference(index).rois().size() : g.cellGroups().get(index).cells().size();
    return new Outcome(cells, r[0], r[1], List.of());
  }

  /**
   * Computes nothing: checks that every cell is there and current (computed from the inputs as they
   * are now), then writes {@code spectra.csv}, {@code scores.csv}, when some ROI has a known answer
   * {@code identification.csv}, the {@link Report} and last {@code study.json}.
   *
   * @throws InvalidInputException listing the missing or stale cells and the commands that make
   *     them
   */
  public Outcome merge() {
    StudyGraph g = graph();
    Path cellsDir = out.resolve("cells");
    CellContext ctx = plan.context();
    Map<GridCell, String> notCurrent;
    try {
      notCurrent = staleness.notCurrent(cellsDir, g.cellGroups(),
          cellsStage::responsesFingerprint);
    } finally {
      staleness.inputs().files().close();
    }
    MissingCells.refuse(notCurrent, g, out, ctx);
    referenceStage.refuseMissing(g);
    try {
      // An earlier merge's marker must not vouch for tables this one is rewriting.
      Files.deleteIfExists(out.resolve(StudyJson.FILE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + out.resolve(StudyJson.FILE), e);
    }
    List<String> warnings = mergeTables(Double.NaN);
    return new Outcome(g.cells().size(), 0, g.cells().size(), warnings);
  }

  /**
   * The tasks of a stage that still have work (cheap checks: no digests): a features task whose
   * entries some unfinished cell needs and the cache lacks, a gram task whose wide entry has no
   * cached Gram matrix yet, a cells task with an unfinished cell; merge always.
   */
  public List<Integer> pending(StudyTask.Stage stage) {
    StudyGraph g = graph();
    List<Integer> out = new ArrayList<>();
    switch (stage) {
      case FEATURES -> {
        for (StudyGraph.FeatureGroup f : g.features()) {
          boolean work = g.cellGroups().stream().anyMatch(c -> c.entry().featureTask() == f.index()
              && !current(c) && !store.looksComplete(c.entry().key(),
              c.entry().target().layer().name(), staleness.stimuli(c.entry()).digest()));
          if (work) {
            out.add(f.index());
          }
        }
      }
      case GRAM -> {
        for (StudyGraph.Entry e : g.entries()) {
          String layer = e.target().layer().name();
          int n = g.stimuli(g.subject(e)).size();
          boolean readersDone = g.cellGroups().stream().filter(c -> c.entry() == e)
              .allMatch(this::current);
          if (e.columns() <= n || readersDone) {
            continue;
          }
          if (!store.gramCached(e.key(), layer, n, plan.gramBackendId(), plan.gramBackend())) {
            out.add(e.index());
          }
        }
      }
      case CELLS -> {
        for (StudyGraph.CellGroup c : g.cellGroups()) {
          if (!current(c)) {
            out.add(c.index());
          }
        }
        out.addAll(referenceStage.pending(g));
      }
      case MERGE -> out.add(0);
      default -> throw new IllegalStateException(stage.toString());
    }
    return out;
  }

  /** The feature cache folder. */
  public Path cache() {
    return cache;
  }

  private void prepare() {
    StudyChecks.folds(plan, context);
    plan.references.check(plan.file, context);
    Path cellsDir = out.resolve("cells");
    try {
      Files.createDirectories(cellsDir);
      Files.deleteIfExists(out.resolve(StudyJson.FILE));
      Files.deleteIfExists(StudyJson.staged(out));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + cellsDir, e);
    }
    AtomicFiles.write(out.resolve("study.yaml"), plan.file.text().getBytes(StandardCharsets.UTF_8));
  }

  private List<String> mergeTables(double seconds) {
    Path cellsDir = out.resolve("cells");
    CellOutput.discardTemporaries(cellsDir);
    log.println("tables: " + graph().cells().size() + " cells");
    log.flush();
    // references.csv first: the report below reads it.
    List<CellEvidence> evidence = StudyTables.write(plan, graph().cells(), out, cellsDir,
        ReferenceTables.write(plan, referenceStage, out));
    List<String> warnings = StudyJson.warnings(plan);
    Map<String, Map<String, Object>> answers = knownAnswers.read();
    StudyJson.write(plan, out, graph().cells(), seconds, context.threads(), warnings, answers);
    // After study.json, from the same known answers; nothing (and no stale file) without any.
    Identification.write(Identification.rows(evidence, KnownAnswers.typed(answers)), out);
    report.render(StudyJson.staged(out));
    StudyJson.publish(out);
    return warnings;
  }

  /** Whether every cell of a group is finished and current (see {@link Staleness#current}). */
  private boolean current(StudyGraph.CellGroup c) {
    return staleness.current(out.resolve("cells"), c);
  }

  /** Features task: one forward pass for the entries of this stimulus set that some cell needs. */
  private void features(StudyGraph.FeatureGroup f) {
    StudyGraph g = graph();
    Map<FeatureCache.EntryKey, FeatureCache.Target> needed = new LinkedHashMap<>();
    for (StudyGraph.CellGroup c : g.cellGroups()) {
      if (c.entry().featureTask() == f.index() && !current(c)) {
        needed.put(c.entry().key(), c.entry().target());
      }
    }
    String label = "[features " + (f.index() + 1) + "/" + g.features().size() + "] "
        + String.join(", ", f.subjects());
    if (needed.isEmpty()) {
      log.println(label + ": every cell that needs them is done");
      log.flush();
      return;
    }
    try (AutoCloseable lock = store.lock(needed.keySet())) {
      // Checked under the entries' locks: another study sharing the cache may have just written them.
      Map<FeatureCache.EntryKey, FeatureCache.Target> missing = new LinkedHashMap<>();
      StimulusFingerprint stimuli = staleness.inputs().stimuli(f.images());
      needed.forEach((key, t) -> {
        String problem = store.problem(key, t.layer().name(), stimuli);
        if (problem != null) {
          if (problem.startsWith(FeatureCache.STALE)) {
            log.printf("%s: %s: re-extracting %s%n", String.join(", ", f.subjects()),
                problem.substring(FeatureCache.STALE.length()), key);
          } else if (!problem.equals(FeatureCache.ABSENT)) {
            log.printf("cache entry %s is %s: rebuilding%n", key, problem);
          }
          missing.put(key, t);
        }
      });
      if (!missing.isEmpty()) {
        log.printf("%s: %d images, %d layer/reducer outputs%n", label, f.images().size(),
            missing.size());
        log.flush();
        store.extract(plan, f.images(), stimuli, missing, context);
      } else {
        log.println(label + ": cached");
      }
      log.flush();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new BrainAlignException("cannot release the feature cache locks: " + e, e);
    }
  }

  /** The features of an entry, checked; a clear error naming the features task when missing. */
  private LabelledMatrix openChecked(StudyGraph.Entry e, String subject) {
    String layer = e.target().layer().name();
    String problem = store.problem(e.key(), layer, staleness.stimuli(e));
    if (problem != null) {
      throw new InvalidInputException("the features of " + layer + " (" + e.target().reducer()
          .spec() + ") in the cache " + store.dir(e.key()) + " are " + problem + ". Run features "
          + "task " + e.featureTask() + " first: brainalign run " + out.resolve("study.yaml")
          + " --out " + out + " --cache " + cache + " --stage features --task " + e.featureTask());
    }
    return store.open(e.key(), layer, graph().stimuli(subject), layer
        + (e.target().reducer().isNone() ? "" : " (" + e.target().reducer().spec() + ")"),
        plan.gramBackendId(), plan.gramBackend());
  }

  /** Gram task: the entry's centred Gram matrix, cached beside it, where the features are wide. */
  private void gram(StudyGraph.Entry e) {
    StudyGraph g = graph();
    if (g.cellGroups().stream().filter(c -> c.entry() == e).allMatch(this::current)) {
      return;
    }
    String subject = g.subject(e);
    if (e.columns() <= g.stimuli(subject).size()) {
      return; // narrow features: the metrics take the primal route; nothing to cache
    }
    LabelledMatrix x = openChecked(e, subject);
    if (x.data() instanceof CachedGramMatrix cached && !cached.cached()) {
      log.printf("[gram %d/%d] %s%n", e.index() + 1, g.entries().size(), x.name());
      log.flush();
      cached.centredGram(context);
    }
  }
}
