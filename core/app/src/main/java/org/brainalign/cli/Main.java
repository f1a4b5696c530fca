package org.brainalign.cli;

import java.util.Arrays;
import picocli.CommandLine;

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
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }
}
