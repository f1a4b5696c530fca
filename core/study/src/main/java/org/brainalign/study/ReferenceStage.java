package org.brainalign.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.metric.Spectrum;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.brainalign.formats.AtomicFiles;
import org.brainalign.engine.io.ResultWriter;
import org.brainalign.formats.csv.TableWriter;
import org.brainalign.study.nonfinite.NonFiniteColumns;
import org.brainalign.study.nonfinite.NonFinitePolicy;

/**
 * The references' cells tasks: per ROI of a {@link ReferenceGroup}, the cross-decomposition of the
 * brain against itself, published atomically as {@code references/<key>/} ({@code spectrum.csv},
 * {@code summary.json}, {@code inputs.json}, and each metric run's own tables under
 * {@code runs/}). Like model cells, a finished reference is reused while its inputs are unchanged.
 */
final class ReferenceStage {
  /** The folder under a study's output folder. */
  static final String FOLDER = "references";
  private final StudyPlan plan;
  private final Path dir;
  private final Path out;
  private final RunContext context;
  private final PrintWriter log;
  private final InputFingerprints fingerprints;

  ReferenceStage(StudyPlan plan, Path out, RunContext context, PrintWriter log,
      InputFingerprints fingerprints) {
    this.plan = plan;
    this.dir = out.resolve(FOLDER);
    this.out = out;
    this.context = context;
    this.log = log;
    this.fingerprints = fingerprints;
  }

  /** The folder of a group's ROI. */
  Path folder(ReferenceGroup g, String roi) {
    return g.key(roi, identity()).in(dir);
  }

  private String identity() {
    return plan.references.identity(plan.file.nonFinite() == NonFinitePolicy.DROP);
  }

  /**
   * The ROIs of a group that are not finished and current, each with why ({@link Staleness#ABSENT}
   * or what changed). Responses are compared where the dataset names their files (nothing is read).
   */
  Map<String, String> notCurrent(ReferenceGroup g) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String roi : g.rois()) {
      Path f = folder(g, roi);
      if (!Files.isRegularFile(f.resolve(ResultWriter.SUMMARY))) {
        out.put(roi, Staleness.ABSENT);
        continue;
      }
      ReferenceInputs now = new ReferenceInputs(named(g.subject(), roi),
          g.subjectB() == null ? null : named(g.subjectB(), roi));
      List<String> changes = now.changesSince(ReferenceInputs.read(f));
      if (!changes.isEmpty()) {
        out.put(roi, String.join("; ", changes));
      }
    }
    return out;
  }

  private String named(String subject, String roi) {
    return fingerprints.responses(plan.references.dataset.extension(), subject, roi, null);
  }

  /**
   * Computes the pending ROIs of a group.
   *
   * @return {computed, resumed}
   */
  int[] run(ReferenceGroup g, int task, int tasks, Progress progress) {
    Map<String, String> pending = notCurrent(g);
    int resumed = g.rois().size() - pending.size();
    progress.advance(resumed);
    pending.forEach((roi, why) -> {
      if (!why.equals(Staleness.ABSENT)) {
        log.printf("%s %s: the finished reference is no longer current (%s): recomputing%n", g,
            roi, why);
      }
    });
    if (pending.isEmpty()) {
      return new int[] {0, resumed};
    }
    log.printf("[cells %d/%d] %s reference: %d ROIs%n", task + 1, tasks, g, pending.size());
    log.flush();
    List<String> order = order(g.subject());
    for (String roi : pending.keySet()) {
      long t = System.nanoTime();
      Loaded a = load(g.subject(), roi);
      Loaded b = g.subjectB() == null ? null : load(g.subjectB(), roi);
      List<String> stimuli = b == null ? PresentationSplit.shared(order, a.split())
          : PresentationSplit.shared(order, a.split(), b.split());
      Map<String, AlignmentResult> runs = new LinkedHashMap<>();
      if (b == null) {
        runs.put("first-second", compare(a, 0, a, 1, stimuli, g.subject() + " " + roi));
      } else {
        runs.put("a-first_b-second", compare(a, 0, b, 1, stimuli, g.subject() + " " + roi));
        runs.put("a-second_b-first", compare(a, 1, b, 0, stimuli, g.subject() + " " + roi));
      }
      write(g, roi, runs, stimuli.size(), a.split().columns(),
          (b == null ? a : b).split().columns(), new ReferenceInputs(a.fingerprint(),
          b == null ? null : b.fingerprint()), (System.nanoTime() - t) / 1e9);
      progress.advance(1);
    }
    return new int[] {pending.size(), resumed};
  }

  private record Loaded(PresentationSplit split, String fingerprint) {}

  private Loaded load(String subject, String roi) {
    Responses r = plan.references.dataset.extension().responses(subject, roi, context);
    String fingerprint = fingerprints.responses(plan.references.dataset.extension(), subject, roi,
        () -> r);
    LabelledMatrix m = r.data();
    if (plan.file.nonFinite() == NonFinitePolicy.DROP) {
      NonFiniteColumns scan = NonFiniteColumns.scan(m.name(), m.data());
      m = scan.apply(m);
      if (scan.dropped() > 0) {
        log.println("non-finite (references): " + scan.describe());
      }
    }
    return new Loaded(PresentationSplit.of(m), fingerprint);
  }

  /** The stimuli of a subject in the order of the study's rows. */
  private List<String> order(String subject) {
    ImageSource s = plan.dataset.extension().stimuli(subject, context);
    List<String> out = new ArrayList<>(s.size());
    for (int i = 0; i < s.size(); i++) {
      out.add(s.stimulus(i));
    }
    return out;
  }

  private AlignmentResult compare(Loaded x, int xWhich, Loaded y, int yWhich, List<String> stimuli,
      String name) {
    String[] which = {"first", "second"};
    LabelledMatrix mx = x.split().presentation(xWhich, stimuli, name + " " + which[xWhich]);
    LabelledMatrix my = y.split().presentation(yWhich, stimuli, name + " " + which[yWhich]);
    try {
      return plan.references.metric.metric().compare(AlignmentInput.of(mx, my), context);
    } catch (RuntimeException e) {
      throw NonFinitePolicy.withHint(e, "'non-finite: drop' under 'analysis:' in the study file");
    }
  }

  private void write(ReferenceGroup g, String roi, Map<String, AlignmentResult> runs,
      int stimuli, int unitsX, int voxelsY, ReferenceInputs inputs, double seconds) {
    Path target = folder(g, roi);
    Path tmp = AtomicFiles.unique(target);
    ReferenceSpectrum spectrum = ReferenceSpectrum.mean(runs.values().stream()
        .map(ReferenceSpectrum::of).toList());
    try {
      Files.createDirectories(tmp);
      for (Map.Entry<String, AlignmentResult> r : runs.entrySet()) {
        ResultWriter.writeDetails(tmp.resolve("runs").resolve(r.getKey()), r.getValue());
      }
      TableWriter.write(spectrum.table(), tmp.resolve(Spectrum.TABLE + ".csv"));
      inputs.write(tmp);
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("kind", g.kind().id());
      s.put("subject", g.subject());
      s.put("subject_b", g.subjectB());
      s.put("roi", roi);
      s.put("dataset", plan.references.dataset.options().toString());
      s.put("metric", plan.references.metric.id());
      s.put("metric_spec", plan.references.metric.spec());
      s.put("score", spectrum.score());
      s.put("score_name", spectrum.scoreName());
      s.put("shared_dimensionality", spectrum.sharedDimensionality());
      s.put("correlation_rank1", spectrum.correlation().length == 0 ? null
          : spectrum.correlation()[0]);
      s.put("n_stimuli", stimuli);
      s.put("n_units", unitsX);
      s.put("n_voxels", voxelsY);
      s.put("seconds", seconds);
      Map<String, Object> perRun = new LinkedHashMap<>();
      runs.forEach((k, r) -> perRun.put(k, r.summary()));
      s.put("runs", perRun);
      ResultWriter.writeSummary(tmp, s);
      CellOutput.deleteTree(target);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write reference " + target, e);
    }
  }

  /** Cells task {@code index} of the graph, a reference's ({@code run --stage cells --task K}). */
  int[] one(StudyGraph g, int index) {
    ReferenceGroup r = g.reference(index);
    try (Progress progress = context.progress("references", r.rois().size())) {
      return run(r, index, g.size(StudyTask.Stage.CELLS), progress);
    }
  }

  /** The cells tasks of the references that are not finished and current. */
  List<Integer> pending(StudyGraph g) {
    List<Integer> out = new ArrayList<>();
    for (ReferenceGroup r : g.references()) {
      if (!notCurrent(r).isEmpty()) {
        out.add(g.cellGroups().size() + r.index());
      }
    }
    return out;
  }

  /** Every references task of a one-process run, one after another with every thread. */
  void all(StudyGraph g) {
    if (g.references().isEmpty()) {
      return;
    }
    int rois = g.references().stream().mapToInt(r -> r.rois().size()).sum();
    try (Progress progress = context.progress("references", rois)) {
      for (ReferenceGroup r : g.references()) {
        run(r, g.cellGroups().size() + r.index(), g.size(StudyTask.Stage.CELLS), progress);
      }
    }
  }

  /**
   * Like {@link MissingCells#refuse}, for the references: throws when some is missing or stale,
   * naming them, why, their cells tasks and how to finish.
   */
  void refuseMissing(StudyGraph g) {
    List<String> missing = new ArrayList<>();
    List<Integer> tasks = new ArrayList<>();
    for (ReferenceGroup r : g.references()) {
      Map<String, String> why = notCurrent(r);
      if (!why.isEmpty()) {
        tasks.add(g.cellGroups().size() + r.index());
        why.forEach((roi, w) -> missing.add(r + " " + roi + (w.equals(Staleness.ABSENT) ? ""
            : ": " + w)));
      }
    }
    if (!missing.isEmpty()) {
      String list = tasks.stream().map(String::valueOf).collect(java.util.stream.Collectors
          .joining(" "));
      throw new InvalidInputException("merge: " + missing.size() + " reference spectra are "
          + "missing or stale in " + dir + ", from cells task"
          + (tasks.size() == 1 ? " " : "s ") + list + ":\n  " + String.join("\n  ", missing)
          + "\nFinish them with 'brainalign run " + out.resolve("study.yaml") + " --out " + out
          + "', or task by task with --stage cells --task K for K in " + list + ", then "
          + "'brainalign merge " + out + "'.");
    }
  }
}
