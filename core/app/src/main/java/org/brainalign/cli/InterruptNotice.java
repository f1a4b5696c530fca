package org.brainalign.cli;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * While a study runs, says on stderr what an interruption keeps and how to resume: Ctrl-C (SIGINT)
 * ends the JVM with 130 through its shutdown hooks; SIGTERM (a {@code kill}, a scheduler's time
 * limit) is made to end it the same way, with the same words and exit code 130, instead of the
 * JVM's silent 143. Close it once the work is done, so that a later exit says nothing.
 */
final class InterruptNotice implements AutoCloseable {
  private static final Signal TERM = new Signal("TERM");

  private final AtomicBoolean finished = new AtomicBoolean();
  private final Thread hook;
  private final SignalHandler previous;

  private InterruptNotice(Path out) {
    hook = new Thread(() -> {
      if (!finished.get()) {
        System.err.println("interrupted: finished cells are kept in " + out + "; rerun the "
            + "same command to resume");
        System.err.flush();
      }
    });
    Runtime.getRuntime().addShutdownHook(hook);
    previous = Signal.handle(TERM, signal -> System.exit(ExitCodes.INTERRUPTED));
  }

  /** Starts saying so for work writing {@code out}. */
  static InterruptNotice install(Path out) {
    return new InterruptNotice(out);
  }

  @Override
  public void close() {
    finished.set(true);
    Signal.handle(TERM, previous);
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down
    }
  }
}
