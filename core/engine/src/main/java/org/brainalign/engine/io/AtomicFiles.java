package org.brainalign.engine.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes that never leave a file looking complete when it is not: content goes to
 * {@code name.partial} beside the target and is renamed over it only when finished.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** The temporary path used while {@code target} is written. */
  public static Path partial(Path target) {
    return target.resolveSibling(target.getFileName() + ".partial");
  }

  /** Renames {@code partial(target)} to {@code target}, atomically where the file system can. */
  public static void commit(Path target) {
    Path tmp = partial(target);
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

  /** Writes {@code bytes} to {@code target} through a partial file. */
  public static void write(Path target, byte[] bytes) {
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(partial(target), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    commit(target);
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
