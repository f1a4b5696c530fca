package org.brainalign.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.cluster.Sbatch;
import org.brainalign.cluster.SlurmResources;
import org.brainalign.cluster.SlurmScripts;
import org.brainalign.formats.AtomicFiles;
import org.brainalign.engine.plugins.PluginHost;
import org.brainalign.study.StudyFile;
import org.brainalign.study.StudyPlan;
import org.brainalign.study.StudyRunner;
import org.brainalign.study.StudyTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code brainalign slurm STUDY.yaml --out DIR [--submit]}: the study's task graph as SLURM job
 * arrays, one per stage, chained by dependencies.
 */
@Command(name = "slurm", mixinStandardHelpOptions = true,
    description = {"Write DIR/slurm/: one sbatch job array per stage of the study's graph "
        + "(features, gram, cells, merge), chained with dependencies (aftercorr where cells task i "
        + "needs only gram task i, afterok otherwise), logs in DIR/slurm/logs/, resources per stage "
        + "from the estimates in DIR/tasks.json unless given.",
        "With --submit, submits the stages that still have work, only their missing tasks, and "
            + "prints the job ids: resubmitting after a failed or cancelled task recomputes only "
            + "what is missing."})
final class SlurmCommand extends StudyCommand {

  @Option(names = "--partition", paramLabel = "P", description = "SLURM partition.")
  String partition;

  @Option(names = "--account", paramLabel = "A", description = "SLURM account.")
  String account;

  @Option(names = "--time", paramLabel = "T",
      description = "Time limit of every task (default: per stage, 3 × the estimate, ≥ 10 min).")
  String time;

  @Option(names = "--cpus-per-task", paramLabel = "N",
      description = "CPUs of every task (default: 2, what the estimates assume).")
  Integer cpusPerTask;

  @Option(names = "--mem", paramLabel = "M",
      description = "Memory of every task, e.g. 16G (default: per stage, from the estimates).")
  String mem;

  @Option(names = "--gres", paramLabel = "G",
      description = "Generic resources of the gram and cells tasks, e.g. gpu:1 (with the torch "
          + "compute backends in the study, those tasks then run on GPU nodes).")
  String gres;

  @Option(names = "--submit", description = "Submit the arrays (sbatch) and print the job ids.")
  boolean submit;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    StudyFile file = StudyFile.read(folders.study);
    Path out = folders.out;
    Path cacheDir = folders.cacheDir();
    // Checked before anything is written, so that a wrong option leaves nothing behind.
    new SlurmResources(partition, account, time, cpusPerTask == null ? 2 : cpusPerTask,
        mem == null ? "1G" : mem, gres);
    Path folder = SlurmScripts.folder(out);
    Sbatch sbatch = submit ? Sbatch.onPath(System.getenv("PATH"), folder) : null;
    try (PluginHost plugins = host.loadPlugins();
        StudyPlan plan = StudyPlan.resolve(file, plugins.registry())) {
      StudyRunner runner = new StudyRunner(plan, out, cacheDir, host.studyContext(spec.commandLine().getErr(),
          plugins.registry()),
          spec.commandLine().getErr(), studyJson -> { }, folders.verifyInputs);
      // Shared, as the study's tasks hold it: refused while a whole run writes the folder.
      try (OutputLock lock = OutputLock.acquireShared(out, "brainalign slurm (study '"
          + file.name() + "') --out " + out)) {
        runner.writePlan();
      }
      Files.createDirectories(folder.resolve("logs"));
      List<StudyTask> tasks = runner.graph().tasks(out, cacheDir);
      SlurmScripts.Job job = new SlurmScripts.Job(launcher(), out.resolve("study.yaml"), out,
          cacheDir, pluginArgs(), "brainalign-" + slug(plan));
      Map<StudyTask.Stage, Path> scripts = new LinkedHashMap<>();
      for (StudyTask.Stage s : StudyTask.Stage.values()) {
        scripts.put(s, SlurmScripts.write(job, s.id(), runner.graph().size(s), resources(s, tasks)));
      }
      boolean oneToOne = runner.graph().cellsFollowGramOneToOne();
      Path all = SlurmScripts.writeSubmitAll(out, oneToOne);
      if (!submit) {
        stdout.printf("SLURM job scripts in %s (features %d, gram %d, cells %d tasks, merge 1); "
            + "submit with 'brainalign slurm %s --out %s --submit' (only missing tasks) or %s%n",
            folder, runner.graph().size(StudyTask.Stage.FEATURES),
            runner.graph().size(StudyTask.Stage.GRAM), runner.graph().size(StudyTask.Stage.CELLS),
            folders.study, out, all);
        stdout.flush();
        return ExitCodes.OK;
      }
      String previous = null;
      List<Integer> previousTasks = null;
      StudyTask.Stage previousStage = null;
      List<String> lines = new ArrayList<>();
      for (StudyTask.Stage s : StudyTask.Stage.values()) {
        List<Integer> pending = runner.pending(s);
        if (pending.isEmpty()) {
          stdout.printf("%s: every task done, not submitted%n", s.id());
          continue;
        }
        List<String> args = new ArrayList<>(List.of("--array=" + SlurmScripts.ranges(pending)));
        if (previous != null) {
          boolean corr = s == StudyTask.Stage.CELLS && previousStage == StudyTask.Stage.GRAM
              && oneToOne && pending.equals(previousTasks);
          args.add("--kill-on-invalid-dep=yes");
          args.add("--dependency=" + (corr ? "aftercorr:" : "afterok:") + previous);
        }
        String id = sbatch.submit(args, scripts.get(s));
        String line = String.format("%s: job %s, tasks %s (%d of %d)%s", s.id(), id,
            SlurmScripts.ranges(pending), pending.size(), runner.graph().size(s),
            previous == null ? "" : ", after " + previous);
        stdout.println(line);
        lines.add(line);
        previous = id;
        previousTasks = pending;
        previousStage = s;
      }
      AtomicFiles.write(folder.resolve("submitted.txt"), (String.join("\n", lines) + "\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      stdout.printf("logs in %s; results in %s when the merge job finishes%n",
          folder.resolve("logs"), out);
      stdout.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + folder, e);
    }
    return ExitCodes.OK;
  }

  private SlurmResources resources(StudyTask.Stage s, List<StudyTask> tasks) {
    long memory = 0;
    double seconds = 0;
    for (StudyTask t : tasks) {
      if (t.stage() == s) {
        memory = Math.max(memory, t.memoryBytes());
        seconds = Math.max(seconds, t.seconds());
      }
    }
    boolean device = s == StudyTask.Stage.GRAM || s == StudyTask.Stage.CELLS;
    return new SlurmResources(partition, account, time != null ? time
        : SlurmResources.time(seconds), cpusPerTask != null ? cpusPerTask : 2,
        mem != null ? mem : SlurmResources.mem(memory), device ? gres : null);
  }

  /** The plugin folders given on this command line, passed on to every task. */
  private List<String> pluginArgs() {
    List<String> a = new ArrayList<>();
    for (Path p : host.pluginDirs) {
      a.add("--plugins-dir");
      a.add(p.toAbsolutePath().toString());
    }
    return a;
  }

  /**
   * The launcher every task runs: $BRAINALIGN_LAUNCHER, else the {@code brainalign} script of this
   * installation (found from its built-in plugin folder), else {@code brainalign} on the PATH.
   */
  static Path launcher() {
    String env = System.getenv("BRAINALIGN_LAUNCHER");
    if (env != null && !env.isBlank()) {
      return Path.of(env).toAbsolutePath();
    }
    Path plugins = HostOptions.builtInPlugins();
    if (plugins != null) {
      // <root>/core/app/target/brainalign/plugins
      Path root = plugins.toAbsolutePath().normalize();
      for (int i = 0; i < 5 && root != null; i++) {
        root = root.getParent();
      }
      if (root != null && Files.isExecutable(root.resolve("brainalign"))) {
        return root.resolve("brainalign");
      }
    }
    return Path.of("brainalign");
  }

  private static String slug(StudyPlan plan) {
    String s = plan.name().replaceAll("[^A-Za-z0-9_.-]+", "-");
    return s.isEmpty() ? "study" : s.substring(0, Math.min(40, s.length()));
  }
}
