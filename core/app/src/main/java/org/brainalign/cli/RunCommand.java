package org.brainalign.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.plugins.PluginHost;
import org.brainalign.report.StudyReport;
import org.brainalign.study.StudyDryRun;
import org.brainalign.study.StudyFile;
import org.brainalign.study.StudyPlan;
import org.brainalign.study.StudyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code brainalign run STUDY.yaml --out DIR}: a whole study, resumable. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run a study: features once per layer and reducer (cached), every cell of "
        + "subject × ROI × layer × reducer × metric, then DIR/spectra.csv, DIR/scores.csv, "
        + "DIR/study.json, plots and DIR/report.html.",
        "Rerunning the same command after an interruption resumes: finished cells are kept.",
        "With --stage S runs one task of the study's graph (see 'brainalign plan'): task --task K, "
            + "else $SLURM_ARRAY_TASK_ID, else $JOB_COMPLETION_INDEX (Kubernetes Indexed Jobs; "
            + "untested)."})
final class RunCommand extends StudyCommand {

  @Option(names = "--dry-run", description = "Print the plan with disk and memory estimates only.")
  boolean dryRun;

  @Option(names = "--force", description = "Run into a folder that holds another finished study, "
      + "replacing its tables (the same study resumes without it).")
  boolean force;

  @Option(names = "--stage", paramLabel = "S",
      description = "Run one task of this stage only: features, gram, cells or merge.")
  String stage;

  @Option(names = "--task", paramLabel = "K",
      description = "The task index within --stage (default: $SLURM_ARRAY_TASK_ID, else "
          + "$JOB_COMPLETION_INDEX).")
  Integer task;

  @Override
  public Integer call() {
    StudyText.requireUtf8(folders.study);
    return run(StudyFile.read(folders.study));
  }

  /** Runs an already-parsed study (also used by {@code demo}). */
  Integer run(StudyFile file) {
    Path out = folders.out;
    Path cache = folders.cache;
    PrintWriter stdout = spec.commandLine().getOut();
    OutputFolder.requireFolder("--out", out); // before planning, and for --dry-run too
    if (cache != null) {
      OutputFolder.requireFolder("--cache", cache);
    }
    OutputFolder.requireSameStudy(out, file.text(), force);
    try (PluginHost plugins = host.loadPlugins();
        StudyPlan plan = StudyPlan.resolve(file, plugins.registry())) {
      // The context also creates models, for datasets read out from a network (surrogate).
      RunContext context = host.studyContext(spec.commandLine().getErr(), plugins.registry());
      if (dryRun) {
        StudyDryRun.print(plan, stdout, context);
        stdout.flush();
        return ExitCodes.OK;
      }
      boolean oneTask = stage != null || task != null;
      String holder = "brainalign " + spec.name() + (oneTask ? " --stage " + stage + " --task "
          + (task == null ? "(from the environment)" : task) : "") + " (study '" + file.name()
          + "') --out " + out;
      try (OutputLock lock = oneTask ? OutputLock.acquireShared(out, holder)
          : OutputLock.acquire(out, holder);
          InterruptNotice notice = InterruptNotice.install(out)) {
        if (oneTask) {
          OutputFolder.requireSameStudyTasks(out, file.text(), force);
        } else {
          OutputFolder.requireSameStudy(out, file.text(), force); // again, now that it is ours
        }
        PrintWriter log = spec.commandLine().getErr();
        StudyRunner runner = new StudyRunner(plan, out, folders.cacheDir(), context, log,
            studyJson -> StudyReport.render(out, studyJson), folders.verifyInputs);
        if (oneTask) {
          return StageTask.run(runner, stage, task, System.getenv(), out, stdout);
        }
        StudyRunner.Outcome o = runner.run();
        for (String w : o.warnings()) {
          stdout.println("WARNING: " + w);
        }
        stdout.printf("study done: %d cells (%d computed, %d resumed); results in %s, report %s%n",
            o.cells(), o.computed(), o.resumed(), out, out.resolve(StudyReport.HTML));
        stdout.flush();
      }
    }
    return ExitCodes.OK;
  }
}
