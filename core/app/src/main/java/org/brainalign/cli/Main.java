package org.brainalign.cli;

import java.util.Arrays;
import picocli.CommandLine;

/** Entry point of the {@code brainalign} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (used by tests). */
  public static int execute(String... args) {
    return commandLine(Arrays.asList(args).contains("--debug")).execute(args);
  }

  /** A configured command line, for tests that capture output. */
  public static CommandLine commandLine(boolean debug) {
    CommandLine cmd = new CommandLine(new BrainAlignCommand());
    cmd.setExecutionExceptionHandler(new ErrorHandler(debug));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }
}
