package org.brainalign.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
        "Rerunning the same command after an interruption resumes: finished cells are kept."})
final class RunCommand implements Callable<Integer> {

  @Mixin
  HostOptions host;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "STUDY.yaml", description = "The study file.")
  Path study;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Feature cache folder (default: DIR/cache); may be shared between studies.")
  Path cache;

  @Option(names = "--dry-run", description = "Print the plan with disk and memory estimates only.")
  boolean dryRun;

  @Override
  public Integer call() {
    return run(StudyFile.read(study));
  }

  /** Runs an already-parsed study (also used by {@code demo}). */
  Integer run(StudyFile file) {
    PrintWriter stdout = spec.commandLine().getOut();
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
      StudyRunner.Outcome o = new StudyRunner(plan, out, cache == null ? out.resolve("cache")
          : cache, context, log).run();
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
