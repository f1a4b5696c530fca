package org.brainalign.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.run.RunContext;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.engine.plugins.PluginHost;
import org.brainalign.report.StudyReport;
import org.brainalign.study.StudyFile;
import org.brainalign.study.StudyPlan;
import org.brainalign.study.StudyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code brainalign merge DIR}: the tables and report of a study run task by task. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Gather a study run task by task (DIR/study.yaml, DIR/cells/) into "
        + "DIR/spectra.csv, DIR/scores.csv, DIR/study.json, plots and DIR/report.html. Computes "
        + "nothing: exits 2 listing the missing cells, and the command to finish them, if any is "
        + "missing."})
final class MergeCommand extends HostCommand {

  @Parameters(index = "0", paramLabel = "DIR", description = "The study's output folder.")
  Path out;

  @Option(names = "--verify-inputs", description = "Hash every input file again instead of "
      + "trusting the digests kept in the cache for unchanged files.")
  boolean verifyInputs;

  /** The cache the study's tasks used, as tasks.json records it; else DIR/cache. */
  private static Path cacheOf(Path out) {
    Path tasks = out.resolve("tasks.json");
    if (Files.isRegularFile(tasks)) {
      try {
        if (JsonFiles.read(tasks).get("cache") instanceof String cache) {
          return Path.of(cache);
        }
      } catch (RuntimeException e) {
        // an unreadable tasks.json: the default cache
      }
    }
    return out.resolve("cache");
  }

  @Override
  public Integer call() {
    Path study = out.resolve("study.yaml");
    if (!Files.isRegularFile(study)) {
      throw new InvalidInputException(out + " has no study.yaml: not the output folder of a study "
          + "(expected what 'brainalign plan', 'run' or 'slurm' wrote with --out " + out + ")");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    try (PluginHost plugins = host.loadPlugins();
        StudyPlan plan = StudyPlan.resolve(StudyFile.read(study), plugins.registry())) {
      // As for run: a dataset read out from a network (surrogate) needs the context's models to
      // list its stimuli, which the merge's task graph reads.
      RunContext context = host.studyContext(spec.commandLine().getErr(), plugins.registry());
      StudyRunner.Outcome o;
      try (OutputLock lock = OutputLock.acquire(out, "brainalign merge " + out)) {
        o = new StudyRunner(plan, out, cacheOf(out), context,
            spec.commandLine().getErr(), studyJson -> StudyReport.render(out, studyJson),
            verifyInputs).merge();
      }
      for (String w : o.warnings()) {
        stdout.println("WARNING: " + w);
      }
      stdout.printf("merge done: %d cells; results in %s, report %s%n", o.cells(), out,
          out.resolve(StudyReport.HTML));
      stdout.flush();
    }
    return ExitCodes.OK;
  }
}
