package org.brainalign.cli;

import java.nio.file.Path;

/**
 * A second process holding an output folder's lock, as another brainalign run would: {@code main}
 * takes it ({@code exclusive} or {@code shared}), prints {@code locked} and holds it until its
 * standard input closes.
 */
final class LockHolder implements AutoCloseable {
  private final Process process;

  private LockHolder(Process process) {
    this.process = process;
  }

  /** Starts a process that holds {@code out}'s lock; returns once it holds it. */
  static LockHolder start(Path out, boolean shared) throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
        out.toString(), shared ? "shared" : "exclusive").redirectErrorStream(true).start();
    String line = new String(p.getInputStream().readNBytes("locked\n".length()));
    if (!line.equals("locked\n")) {
      p.destroy();
      throw new IllegalStateException("the lock holder did not start: " + line
          + new String(p.getInputStream().readAllBytes()));
    }
    return new LockHolder(p);
  }

  @Override
  public void close() throws Exception {
    process.getOutputStream().close();
    process.waitFor();
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    String holder = "the test's lock holder";
    try (OutputLock lock = args[1].equals("shared") ? OutputLock.acquireShared(out, holder)
        : OutputLock.acquire(out, holder)) {
      System.out.print("locked\n");
      System.out.flush();
      System.in.readAllBytes();
    }
  }
}
