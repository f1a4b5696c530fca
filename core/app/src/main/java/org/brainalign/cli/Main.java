package org.brainalign.cli;

import java.util.Arrays;
import java.util.Optional;
import org.brainalign.api.PluginLoadException;
import org.brainalign.engine.plugins.PluginLinkage;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** Entry point of the {@code brainalign} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code;
    try {
      code = execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println("error: out of memory (" + e.getMessage() + "). Give the JVM more heap, "
          + "e.g. JAVA_OPTS=-Xmx8g ./brainalign ..., or lower --memory so panels are smaller.");
      if (Arrays.asList(args).contains("--debug")) {
        e.printStackTrace();
      }
      code = ExitCodes.INTERNAL;
    } catch (Error e) {
      System.err.println("internal error: " + e + ". A plugin built against another brainalign "
          + "version, or a broken installation (rebuild with BRAINALIGN_REBUILD=1 ./brainalign).");
      if (Arrays.asList(args).contains("--debug")) {
        e.printStackTrace();
      }
      code = ExitCodes.INTERNAL;
    }
    System.exit(code);
  }

  /** Runs a command line and returns its exit code (used by tests). */
  public static int execute(String... args) {
    return commandLine(Arrays.asList(args).contains("--debug")).execute(args);
  }

  /** A configured command line, for tests that capture output. */
  public static CommandLine commandLine(boolean debug) {
    CommandLine cmd = new CommandLine(new BrainAlignCommand());
    cmd.setExecutionExceptionHandler(new ErrorHandler(debug));
    if (debug) {
      // A mistake on the command line (a malformed option value) shows its trace too.
      CommandLine.IParameterExceptionHandler usage = cmd.getParameterExceptionHandler();
      cmd.setParameterExceptionHandler((ex, args) -> {
        ex.printStackTrace(ex.getCommandLine().getErr());
        return usage.handleParseException(ex, args);
      });
    }
    cmd.setExecutionStrategy(Main::runNamingBrokenPlugins);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }

  /**
   * Runs the chosen command; a {@link LinkageError} from a plugin's code (built against another
   * brainalign) becomes a user error naming the plugin jar, handled like any bad input.
   */
  private static int runNamingBrokenPlugins(ParseResult parsed) {
    try {
      return new CommandLine.RunLast().execute(parsed);
    } catch (LinkageError e) {
      ParseResult leaf = parsed;
      while (leaf.hasSubcommand()) {
        leaf = leaf.subcommand();
      }
      CommandSpec host = leaf.commandSpec().mixins().get("host");
      if (host != null && host.userObject() instanceof HostOptions options) {
        Optional<PluginLoadException> named = PluginLinkage.explain(e, options.pluginRoots());
        if (named.isPresent()) {
          throw new CommandLine.ExecutionException(leaf.commandSpec().commandLine(),
              named.get().getMessage(), named.get());
        }
      }
      throw e;
    }
  }
}
