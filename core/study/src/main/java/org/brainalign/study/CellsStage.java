package org.brainalign.study;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.brainalign.api.BrainAlignException;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.run.SharedWork;
import org.brainalign.study.ceiling.NoiseCeilings;
import org.brainalign.study.nonfinite.NonFiniteColumns;
import org.brainalign.study.nonfinite.NonFinitePolicy;
import org.brainalign.engine.run.BoundedSharedWork;
import org.brainalign.engine.run.ConsoleRunContext;
import org.brainalign.geometry.gram.NativeBlas;

/**
 * The cells stage: every pending ROI × metric of a subject × layer × reducer computed on one shared
 * feature matrix, each cell published atomically under {@code cells/}; in a one-process run, the
 * cells tasks side by side where the machine has room.
 */
final class CellsStage {
  /** A ROI's responses as the metrics get them, with their noise ceilings (null when unknown). */
  private record Loaded(LabelledMatrix voxels, NonFiniteColumns scan, String fingerprint,
      double[] ceilings) {}

  /** The threads and memory one cells task may use. */
  private record Share(int threads, long memoryBudget) {}

  private final StudyPlan plan;
  private final Path out;
  private final FeatureCache store;
  private final RunContext context;
  private final PrintWriter log;
  private final Supplier<StudyGraph> graph;
  private final BiFunction<StudyGraph.Entry, String, LabelledMatrix> openFeatures;
  private final KnownAnswers knownAnswers;
  private final Staleness staleness;
  /** The responses of the ROIs of subjects whose cells tasks are still to run in this process. */
  private final Map<GridCell.RoiKey, Loaded> loaded = new ConcurrentHashMap<>();

  /**
   * @param features opens an entry's checked features for a subject
   * @param knownAnswers where each ROI's known answer goes when its responses are read
   * @param staleness decides which finished cells are still current
   */
  CellsStage(StudyPlan plan, Path out, FeatureCache store, RunContext context, PrintWriter log,
      Supplier<StudyGraph> graph, BiFunction<StudyGraph.Entry, String, LabelledMatrix> features,
      KnownAnswers knownAnswers, Staleness staleness) {
    this.staleness = staleness;
    this.plan = plan;
    this.out = out;
    this.store = store;
    this.context = context;
    this.log = log;
    this.graph = graph;
    this.openFeatures = features;
    this.knownAnswers = knownAnswers;
  }

  /** One cells task with every thread and the whole memory budget ({@code run --stage cells}). */
  int[] one(StudyGraph.CellGroup group, Progress progress) {
    return cells(group, progress, new Share(context.threads(), context.memoryBudget()));
  }

  /**
   * Every cells task of a one-process run. Tasks run side by side when each is smaller than the
   * machine: as many at once as there are threads and as their estimated memory fits the budget
   * (each given its share of both), so a grid of one-cell tasks (one ROI, one metric) still uses
   * every core; one at a time, with all threads, when a task is as large as the machine. A subject's
   * responses are read once and dropped when its last task ends. The tables do not depend on the
   * order: every cell is its own folder, and the merge reads them in grid order.
   *
   * @return {computed, resumed}
   */
  int[] all(List<StudyGraph.CellGroup> groups, Progress progress) {
    Map<String, AtomicInteger> remaining = new ConcurrentHashMap<>();
    long perTask = 1;
    for (StudyGraph.CellGroup c : groups) {
      remaining.computeIfAbsent(c.subject(), k -> new AtomicInteger()).incrementAndGet();
      perTask = Math.max(perTask, TaskEstimates.cellsMemory(graph.get().stimuli(c.subject()).size())
          - TaskEstimates.jvmMemory());
    }
    int slots = (int) Math.max(1, Math.min(Math.min(context.threads(), groups.size()),
        context.memoryBudget() / perTask));
    Share share = new Share(Math.max(1, context.threads() / slots), context.memoryBudget() / slots);
    int[] done = new int[2];
    NativeBlas.load(); // before the threads: JavaCPP's first load deadlocks when raced
    ExecutorService pool = Executors.newFixedThreadPool(slots);
    try {
      List<Future<int[]>> futures = new ArrayList<>();
      for (StudyGraph.CellGroup c : groups) {
        futures.add(pool.submit(() -> {
          int[] r = cells(c, progress, share);
          if (remaining.get(c.subject()).decrementAndGet() == 0) {
            loaded.keySet().removeIf(k -> k.subject().equals(c.subject()));
          }
          return r;
        }));
      }
      for (Future<int[]> f : futures) {
        int[] r = await(f);
        done[0] += r[0];
        done[1] += r[1];
      }
    } finally {
      stop(pool);
    }
    return done;
  }

  /**
   * Cancels the tasks not started and waits for the running ones: after a failure nothing may go on
   * writing into the output folder once the error is reported (their cells are published whole or
   * not at all).
   */
  private static void stop(ExecutorService pool) {
    pool.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new BrainAlignException("cell failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrainAlignException("interrupted", e);
    }
  }

  /**
   * Cells task: every pending ROI × metric of one subject × layer × reducer, all reading one feature
   * matrix instance (and so one cached Gram matrix and whatever the metric derives from it).
   *
   * @return {computed, resumed}
   */
  private int[] cells(StudyGraph.CellGroup group, Progress progress, Share share) {
    Path cellsDir = out.resolve("cells");
    CellContext ctx = plan.context();
    List<GridCell> pending = new ArrayList<>();
    Map<String, List<String>> stale = new LinkedHashMap<>();
    Map<GridCell, String> notCurrent = staleness.notCurrent(cellsDir, List.of(group),
        this::responsesFingerprint);
    int resumed = group.cells().size() - notCurrent.size();
    progress.advance(resumed);
    notCurrent.forEach((c, why) -> {
      pending.add(c);
      if (!why.equals(Staleness.ABSENT)) {
        stale.computeIfAbsent(why, k -> new ArrayList<>()).add(c.roi() + " " + c.metric().id());
      }
    });
    stale.forEach((why, cells) -> log.printf("%s %s %s: %d finished cell%s no longer current (%s):"
        + " recomputing %s%n", group.subject(), group.layer().name(), group.reducer().spec(),
        cells.size(), cells.size() == 1 ? " is" : "s are", why, String.join(", ", cells)));
    if (pending.isEmpty()) {
      return new int[] {0, resumed};
    }
    log.printf("[cells %d/%d] %s %s %s: %d cells%n", group.index() + 1,
        graph.get().cellGroups().size(), group.subject(), group.layer().name(),
        group.reducer().spec(), pending.size());
    log.flush();
    LabelledMatrix features = openFeatures.apply(group.entry(), group.subject());
    Map<String, Loaded> responses = new LinkedHashMap<>();
    for (GridCell c : pending) {
      responses.computeIfAbsent(c.roi(), roi -> loaded.computeIfAbsent(
          new GridCell.RoiKey(group.subject(), roi), k -> load(k.subject(), k.roi())));
    }
    // Work that depends only on these features (cross-decomposition's per-fold factors of K_tr),
    // computed once and reused by every ROI and metric of the group within half the memory budget.
    try (BoundedSharedWork shared = new BoundedSharedWork(share.memoryBudget() / 2)) {
      runCells(pending, features, responses, group.entry(), cellsDir, progress, shared,
          share);
    }
    return new int[] {pending.size(), resumed};
  }

  /**
   * The fingerprint of a subject's ROI responses: from the files the dataset names, else from the
   * responses themselves (read once and kept for the cells that need them).
   */
  String responsesFingerprint(String subject, String roi) {
    String named = staleness.namedResponses(subject, roi);
    return named != null ? named : loaded.computeIfAbsent(new GridCell.RoiKey(subject, roi),
        k -> load(subject, roi)).fingerprint();
  }

  private Loaded load(String subject, String roi) {
    Responses responses = plan.dataset.extension().responses(subject, roi, context);
    String fingerprint = staleness.inputs().responses(plan.dataset.extension(), subject, roi,
        () -> responses);
    knownAnswers.record(subject, roi, responses);
    LabelledMatrix voxels = responses.data();
    double[] ceilings = NoiseCeilings.of(responses).orElse(null);
    NonFiniteColumns voxelScan = null;
    if (plan.file.nonFinite() == NonFinitePolicy.DROP) {
      voxelScan = NonFiniteColumns.scan(voxels.name(), voxels.data());
      voxels = voxelScan.apply(voxels);
      ceilings = ceilings == null ? null : NoiseCeilings.subset(ceilings, voxelScan.bad());
      if (voxelScan.dropped() > 0) {
        log.println("non-finite: " + voxelScan.describe());
        log.flush();
      }
    }
    return new Loaded(voxels, voxelScan, fingerprint, ceilings);
  }

  private void runCells(List<GridCell> pending, LabelledMatrix features, Map<String, Loaded> byRoi,
      StudyGraph.Entry entry, Path cellsDir, Progress progress, SharedWork shared, Share share) {
    FeatureCache.EntryKey key = entry.key();
    int n = features.rows();
    int q = byRoi.values().stream().mapToInt(l -> l.voxels().columns()).max().orElse(1);
    long perCell = 8L * (6L * n * n + 2L * n * Math.min(n, q)) + (256L << 20);
    int parallel = (int) Math.max(1, Math.min(share.threads(),
        share.memoryBudget() / Math.max(1, perCell)));
    parallel = Math.min(parallel, pending.size());
    RunContext cellContext = new ConsoleRunContext(Math.max(1, share.threads() / parallel),
        share.memoryBudget() / parallel, context.scratchDir(), log, true,
        plan.eigenBackend().solver().orElse(null), shared);
    NativeBlas.load(); // before the threads: JavaCPP's first load deadlocks when raced
    CellContext identity = plan.context();
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (GridCell c : pending) {
        futures.add(pool.submit(() -> {
          long t = System.nanoTime();
          LabelledMatrix responses = byRoi.get(c.roi()).voxels();
          NonFiniteColumns voxelScan = byRoi.get(c.roi()).scan();
          AlignmentResult r;
          try {
            r = c.metric().metric().compare(AlignmentInput.of(features, responses,
                byRoi.get(c.roi()).ceilings()), cellContext);
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
          CellInputs inputs = staleness.expected(entry, byRoi.get(c.roi()).fingerprint());
          CellOutput.write(cellsDir, c.key(identity), c, r, features, responses, nonFinite,
              (System.nanoTime() - t) / 1e9, inputs);
          progress.advance(1);
          return null;
        }));
      }
      for (Future<?> f : futures) {
        await(f);
      }
    } finally {
      stop(pool);
    }
  }
}
