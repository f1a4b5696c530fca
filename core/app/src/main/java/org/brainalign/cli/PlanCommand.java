package org.brainalign.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.brainalign.engine.plugins.PluginHost;
import org.brainalign.study.StudyFile;
import org.brainalign.study.StudyPlan;
import org.brainalign.study.StudyRunner;
import org.brainalign.study.StudyTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code brainalign plan STUDY.yaml --out DIR}: the study's task graph as DIR/tasks.json. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = {"Write a study's task graph to DIR/tasks.json: stages features, gram, cells and "
        + "merge, each task with a stable index, its inputs and outputs, and estimated memory, disk "
        + "and time. Run a task with 'brainalign run STUDY.yaml --out DIR --stage S --task K'."})
final class PlanCommand extends StudyCommand {

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    StudyFile file = StudyFile.read(folders.study);
    Path out = folders.out;
    try (PluginHost plugins = host.loadPlugins();
        StudyPlan plan = StudyPlan.resolve(file, plugins.registry())) {
      StudyRunner runner = new StudyRunner(plan, out, folders.cacheDir(),
          host.studyContext(spec.commandLine().getErr(), plugins.registry()), spec.commandLine().getErr(), studyJson -> { },
          folders.verifyInputs);
      Path tasks;
      // Shared, as the study's tasks hold it: refused while a whole run writes the folder.
      try (OutputLock lock = OutputLock.acquireShared(out, "brainalign plan (study '"
          + file.name() + "') --out " + out)) {
        tasks = runner.writePlan();
      }
      StringBuilder sizes = new StringBuilder();
      for (StudyTask.Stage s : StudyTask.Stage.values()) {
        sizes.append(sizes.length() == 0 ? "" : ", ").append(s.id()).append(" ")
            .append(runner.graph().size(s));
      }
      stdout.printf("tasks: %s; written to %s%n", sizes, tasks);
      stdout.flush();
    }
    return ExitCodes.OK;
  }
}
