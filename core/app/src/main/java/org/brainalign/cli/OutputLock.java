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
 * An exclusive lock on an output folder ({@code DIR/.lock}) for as long as a command writes it, so
 * that a second run into the same folder is told at once which process holds it instead of both
 * failing or one "resuming" the live files of the other. The file names its holder (process, host,
 * command, start time); it stays behind empty of meaning once released (the OS drops the lock when
 * the process ends, also on a kill).
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
   * Locks {@code out} (created if missing) for {@code command}.
   *
   * @throws InvalidInputException when another process (or another command in this one) holds it
   */
  static OutputLock acquire(Path out, String command) {
    Path file = out.resolve(FILE);
    FileChannel channel = null;
    try {
      Files.createDirectories(out);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
        channel.close();
        throw InvalidInputException.of("--out " + out, "a folder no other brainalign run is "
            + "writing", "it is being written by " + (holder.isEmpty() ? "another process"
            : holder) + " (lock " + file + ")", "Wait for that run to finish (rerun then to "
            + "resume or reuse it), or choose another --out.");
      }
      String me = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((command + " (process " + me + ", started "
          + Instant.now() + ")\n").getBytes(StandardCharsets.UTF_8)), 0);
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
