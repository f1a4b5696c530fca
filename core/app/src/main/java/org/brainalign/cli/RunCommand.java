package org.brainalign.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.run.ModelOfferingRunContext;
import org.brainalign.engine.plugins.PluginHost;
import org.brainalign.report.StudyReport;
import org.brainalign.study.StudyDryRun;
import org.brainalign.study.StudyFile;
import org.brainalign.study.StudyPlan;
import org.brainalign.study.StudyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code brainalign run STUDY.yaml --out DIR}: a whole study, resumable. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run a study: features once per layer and reducer (cached), every cell of "
        + "subject × ROI × layer × reducer × metric, then DIR/spectra.csv, DIR/scores.csv, "
        + "DIR/study.json, plots and DIR/report.html.",
        "Rerunning the same command after an interruption resumes: finished cells are kept.",
        "With --stage S runs one task of the study's graph (see 'brainalign plan'): task --task K, "
            + "else $SLURM_ARRAY_TASK_ID, else $JOB_COMPLETION_INDEX (Kubernetes Indexed Jobs; "
            + "untested)."})
final class RunCommand implements Callable<Integer> {

  @Mixin
  HostOptions host;

  @Mixin
  StudyFolders folders = new StudyFolders();

  @Spec
  CommandSpec spec;




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
      RunContext context = new ModelOfferingRunContext(host.context(System.err),
          plugins.registry());
      if (dryRun) {
        StudyDryRun.print(plan, stdout, context);
        stdout.flush();
        return ExitCodes.OK;
      }
      PrintWriter log = new PrintWriter(System.err, true);
      StudyRunner runner = new StudyRunner(plan, out, folders.cacheDir(), context,
          log, folders.verifyInputs);
      if (stage != null || task != null) {
        return StageTask.run(runner, stage, task, System.getenv(), out, stdout);
      }
      StudyRunner.Outcome o;
      // Ctrl-C ends the JVM with 130 through its shutdown hooks: say what is kept and what to do.
      AtomicBoolean finished = new AtomicBoolean();
      Thread onInterrupt = new Thread(() -> {
        if (!finished.get()) {
          System.err.println("interrupted: finished cells are kept in " + out + "; rerun the "
              + "same command to resume");
          System.err.flush();
        }
      });
      Runtime.getRuntime().addShutdownHook(onInterrupt);
      try {
        o = runner.run();
      } finally {
        finished.set(true);
        try {
          Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException e) {
          // already shutting down
        }
      }
      StudyReport.render(out);
      for (String w : o.warnings()) {
        stdout.println("WARNING: " + w);
      }
      stdout.printf("study done: %d cells (%d computed, %d resumed); results in %s, report %s%n",
          o.cells(), o.computed(), o.resumed(), out, out.resolve(StudyReport.HTML));
      stdout.flush();
    }
    return ExitCodes.OK;
  }
}
