package org.brainalign.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.brainalign.api.InvalidInputException;

/**
 * A lock on an output folder ({@code DIR/.lock}) for as long as a command writes it, so that a
 * second run into the same folder is told at once which process holds it instead of both failing or
 * one "resuming" the live files of the other. The file names its holder (process, host, command,
 * start time); it stays behind empty of meaning once released (the OS drops the lock when the
 * process ends, also on a kill).
 *
 * <p>Two kinds, because the tasks of one study legitimately write one folder at the same time (a
 * SLURM job array, {@code run --stage S --task K} in several shells): {@link #acquire exclusive}
 * for a command that writes the whole folder ({@code features}, a whole-study {@code run} or {@code
 * demo}, {@code merge DIR}), held by one process alone; {@link #acquireShared shared} for one task
 * of a study's graph (and {@code plan} or {@code slurm} while they write the plan), held by any
 * number of tasks together but never beside an exclusive holder. That tasks sharing a folder are of
 * the same study is checked by the caller, against the folder's {@code study.yaml} ({@link
 * OutputFolder#requireSameStudyTasks}).
 */
final class OutputLock implements AutoCloseable {
  static final String FILE = ".lock";

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code out} (created if missing) for {@code command} alone.
   *
   * @throws InvalidInputException when another process (or another command in this one) holds it,
   *     exclusively or shared
   */
  static OutputLock acquire(Path out, String command) {
    return acquire(out, command, false);
  }

  /**
   * Locks {@code out} (created if missing) for one task of a study, beside the study's other tasks.
   *
   * @throws InvalidInputException when a command holds it exclusively (a whole-study run, a merge)
   */
  static OutputLock acquireShared(Path out, String command) {
    return acquire(out, command, true);
  }

  private static OutputLock acquire(Path out, String command, boolean shared) {
    Path file = out.resolve(FILE);
    FileChannel channel = null;
    try {
      Files.createDirectories(out);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock(0, Long.MAX_VALUE, shared);
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
        channel.close();
        throw InvalidInputException.of("--out " + out, shared ? "a folder no other study is "
            + "writing (tasks of one study may share it)" : "a folder no other brainalign run is "
            + "writing", "it is being written by " + (holder.isEmpty() ? "another process"
            : holder) + " (lock " + file + ")", "Wait for that run to finish (rerun then to "
            + "resume or reuse it), or choose another --out.");
      }
      String me = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
      byte[] line = (command + " (process " + me + ", started " + Instant.now() + ")\n")
          .getBytes(StandardCharsets.UTF_8);
      // Tasks sharing the lock overwrite each other's line: the file names one of them.
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(line), 0);
      channel.force(false);
      return new OutputLock(channel, lock);
    } catch (IOException e) {
      try {
        if (channel != null) {
          channel.close();
        }
      } catch (IOException ignored) {
        // the original error says more
      }
      throw new InvalidInputException("cannot lock the output folder " + out + " (" + file + "): "
          + e.getMessage() + ". Check that it is writable.", e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // the OS releases it when the process ends
    }
  }
}
