package org.brainalign.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.plugins.ExtensionRegistry;
import org.brainalign.engine.plugins.PluginHost;
import org.brainalign.engine.run.ConsoleRunContext;
import org.brainalign.engine.run.ModelOfferingRunContext;
import picocli.CommandLine.Option;

/** Options every command shares: where plugins come from, threads, memory, verbosity. */
public final class HostOptions {

  @Option(names = "--plugins-dir", paramLabel = "DIR",
      description = "Also load plugins from DIR (repeatable).")
  List<Path> pluginDirs = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--memory", paramLabel = "BYTES",
      description = "Memory budget for large temporaries, e.g. 2g or 512m (default: half the heap).")
  String memory;

  @Option(names = {"-q", "--quiet"}, description = "No progress output.")
  boolean quiet;

  @Option(names = "--debug", description = "Show stack traces for errors.")
  boolean debug;

  /** The built-in plugin folder: -Dbrainalign.plugins, else $BRAINALIGN_HOME/plugins. */
  static Path builtInPlugins() {
    String prop = System.getProperty("brainalign.plugins");
    if (prop != null) {
      return Path.of(prop);
    }
    String home = System.getenv("BRAINALIGN_HOME");
    return home == null ? null : Path.of(home, "plugins");
  }

  /** Loads the built-in plugins and those in {@code --plugins-dir}. */
  PluginHost loadPlugins() {
    return PluginHost.load(pluginRoots());
  }

  /** The built-in plugin folder (when present) and every {@code --plugins-dir}. */
  List<Path> pluginRoots() {
    List<Path> roots = new ArrayList<>();
    Path builtIn = builtInPlugins();
    if (builtIn != null && Files.isDirectory(builtIn)) {
      roots.add(builtIn);
    }
    roots.addAll(pluginDirs);
    return roots;
  }

  /** The most {@code --threads} accepted: 8 per processor, at least 64. */
  static int maxThreads() {
    return Math.max(64, 8 * Runtime.getRuntime().availableProcessors());
  }

  ConsoleRunContext context(PrintWriter err) {
    int cores = Runtime.getRuntime().availableProcessors();
    if (threads < 1 || threads > maxThreads()) {
      // Thousands of threads exhaust the process limit and hang the JVM instead of failing.
      throw InvalidInputException.of("--threads " + threads, "1 to " + maxThreads() + " (8 per "
          + "processor, at least 64; this machine gives Java " + cores + ")", threads + "",
          "Use --threads " + cores + " or leave it out; more threads than processors only add "
          + "overhead.");
    }
    long budget = memory == null ? Runtime.getRuntime().maxMemory() / 2 : MemorySize.budget(memory);
    return new ConsoleRunContext(threads, budget, Path.of(System.getProperty("java.io.tmpdir")),
        err, quiet);
  }

  /**
   * The context of a command that resolves a study or a dataset: {@link #context} that also creates
   * models from the installed plugins, for datasets read out from a network (surrogate), whose
   * stimuli and responses need one.
   */
  RunContext studyContext(PrintWriter err, ExtensionRegistry registry) {
    return new ModelOfferingRunContext(context(err), registry);
  }
}
