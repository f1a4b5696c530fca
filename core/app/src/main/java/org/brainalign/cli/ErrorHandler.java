package org.brainalign.cli;

import java.io.PrintWriter;
import org.brainalign.api.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps exceptions to exit codes: a user mistake prints one message and exits 2; anything else is an
 * internal error (exit 1). With {@code --debug} every failure also shows its stack trace (a mistake
 * on the command line itself: {@link Main#commandLine}).
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  private final boolean debug;

  ErrorHandler(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    Throwable t = ex;
    if (t instanceof java.io.UncheckedIOException u && u.getCause() != null) {
      // An I/O failure on a user's file (permissions, disk full) is reported like bad input.
      err.println("error: " + u.getMessage() + ": " + u.getCause().getMessage());
      trace(err, t);
      return ExitCodes.BAD_INPUT;
    }
    if (t instanceof InvalidInputException) {
      err.println("error: " + t.getMessage());
      trace(err, t);
      return ExitCodes.BAD_INPUT;
    }
    err.println("internal error: " + t);
    err.println("This is a bug in brainalign or a plugin. Rerun with --debug for the stack trace"
        + " and report it.");
    trace(err, t);
    return ExitCodes.INTERNAL;
  }

  private void trace(PrintWriter err, Throwable t) {
    if (debug) {
      t.printStackTrace(err);
    }
    err.flush();
  }
}
