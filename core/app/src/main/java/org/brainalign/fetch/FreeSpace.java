package org.brainalign.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bytes a folder's file store can still take; a parameter so tests can play a full disk. */
@FunctionalInterface
public interface FreeSpace {

  /** Usable bytes of the file store that holds {@code folder} (or its nearest existing parent). */
  long usableBytes(Path folder);

  /** The real file store's usable space. */
  static FreeSpace fileStore() {
    return folder -> {
      Path p = folder.toAbsolutePath();
      while (p != null && !Files.exists(p)) {
        p = p.getParent();
      }
      try {
        return Files.getFileStore(p == null ? Path.of("").toAbsolutePath() : p).getUsableSpace();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the free space of " + folder, e);
      }
    };
  }
}
