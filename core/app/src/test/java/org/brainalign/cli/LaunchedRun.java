package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real launcher ({@code brainalign} at the repository root) run as a child process, as from a
 * terminal, for the tests that kill or interrupt it part-way. Its output and errors go to
 * {@code NAME.out} and {@code NAME.err} in a log folder, where failures and assertions read them.
 */
final class LaunchedRun {
  private LaunchedRun() {}

  /** Something a test waits for while the run goes on. */
  @FunctionalInterface
  interface Condition {
    boolean holds() throws IOException;
  }

  /**
   * Starts {@code brainalign ARGS...} with SIGINT set back to its default: a build started in the
   * background inherits it ignored, and a JVM that starts with SIGINT ignored never sees Ctrl-C.
   */
  static Process start(Path logs, String name, List<String> args) throws IOException {
    Path root = Path.of(System.getProperty("brainalign.root", "../..")).toAbsolutePath();
    List<String> cmd = new ArrayList<>(List.of("env", "--default-signal=INT",
        root.resolve("brainalign").toString()));
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
    pb.environment().put("BRAINALIGN_NO_BUILD", "1");
    pb.redirectOutput(logs.resolve(name + ".out").toFile());
    pb.redirectError(logs.resolve(name + ".err").toFile());
    return pb.start();
  }

  /** Waits for the run to end within ten minutes and asserts it succeeded, showing its logs if not. */
  static void finish(Process p, Path logs, String name) throws Exception {
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as(name + " finished").isTrue();
    assertThat(p.exitValue()).as(name + ": " + Files.readString(logs.resolve(name + ".out"))
        + Files.readString(logs.resolve(name + ".err"))).isZero();
  }

  /**
   * Waits up to five minutes for {@code ready} while the run goes on, then asserts that it still
   * runs (so what the test does next happens part-way).
   *
   * @param when what the test is about to do, for the message ({@code "killed"})
   */
  static void awaitWhileRunning(Process p, Condition ready, String when) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (p.isAlive() && System.nanoTime() < deadline && !ready.holds()) {
      Thread.sleep(10);
    }
    assertThat(p.isAlive()).as("still running when " + when).isTrue();
  }

  /** SIGKILL, as a crash or a scheduler's hard limit would; returns when the process is gone. */
  static void kill(Process p) throws InterruptedException {
    p.destroyForcibly();
    p.waitFor();
  }
}
