package org.brainalign.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes that never leave a file looking complete when it is not: content goes to a temporary file
 * beside the target and is renamed over it only when finished. {@link #write} uses a name unique to
 * the process ({@link #unique}: host, PID, counter), so that many writers on one shared file system
 * (NFS, Lustre: several SLURM tasks) never write into the same temporary file; a reader sees the old
 * file or the new one, never a half-written one. Resumable writers use the stable
 * {@link #partial} name instead (one writer per entry, by construction of the task graph).
 */
public final class AtomicFiles {
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final String PROCESS = processTag();

  private AtomicFiles() {}

  private static String processTag() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException | RuntimeException e) {
      host = System.getenv().getOrDefault("HOSTNAME", "host");
    }
    return host.replaceAll("[^A-Za-z0-9.-]+", "-") + "-" + ProcessHandle.current().pid();
  }

  /**
   * A temporary name beside {@code target} that no other process or call uses:
   * {@code name.tmp-<host>-<pid>-<n>}.
   */
  public static Path unique(Path target) {
    return target.resolveSibling(target.getFileName() + ".tmp-" + PROCESS + "-"
        + COUNTER.incrementAndGet());
  }

  /** Whether a file name is a temporary one of {@link #unique} or {@link #partial}. */
  public static boolean isTemporary(String fileName) {
    return fileName.contains(".tmp-") || fileName.endsWith(".partial");
  }

  /**
   * Renames {@code tmp} over {@code target}, atomically where the file system can (a plain
   * rename otherwise, which POSIX file systems and NFS also perform atomically for files).
   */
  public static void publish(Path tmp, Path target) {
    try {
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + tmp + " to " + target, e);
    }
  }

  /** The temporary path used while {@code target} is written. */
  public static Path partial(Path target) {
    return target.resolveSibling(target.getFileName() + ".partial");
  }

  /** Renames {@code partial(target)} to {@code target}, atomically where the file system can. */
  public static void commit(Path target) {
    publish(partial(target), target);
  }

  /** Writes {@code bytes} to {@code target} through a temporary file unique to this process. */
  public static void write(Path target, byte[] bytes) {
    Path tmp = unique(target);
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(tmp, bytes);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the write's failure is the one to report
      }
      throw new UncheckedIOException("cannot write " + target, e);
    }
    publish(tmp, target);
  }

  /** Deletes a left-over partial file, if any. */
  public static void discard(Path target) {
    try {
      Files.deleteIfExists(partial(target));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + partial(target), e);
    }
  }
}
