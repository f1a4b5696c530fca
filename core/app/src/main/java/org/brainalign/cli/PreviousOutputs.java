package org.brainalign.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.brainalign.formats.json.JsonFiles;

/**
 * The files an earlier result in an output folder consists of, so that {@code --force} removes
 * them all and leaves no stale file beside the new result (e.g. an earlier metric's
 * {@code folds.csv}, an earlier run's other layers).
 */
final class PreviousOutputs {
  private PreviousOutputs() {}

  /**
   * The files {@code marker} (a summary or manifest) says it wrote, under {@code key}; for markers
   * written before that list existed, the folder's files whose names end with one of
   * {@code fallbackSuffixes}. Empty when there is no marker.
   */
  static List<Path> of(Path out, Path marker, String key, String... fallbackSuffixes) {
    if (!Files.isRegularFile(marker)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    Object listed;
    try {
      listed = JsonFiles.read(marker).get(key);
    } catch (RuntimeException e) {
      listed = null; // an unreadable marker: fall back to the names
    }
    if (listed instanceof Collection<?> c) {
      c.forEach(n -> files.add(out.resolve(n.toString()).normalize()));
    } else if (listed instanceof Map<?, ?> m) {
      m.keySet().forEach(n -> files.add(out.resolve(n.toString()).normalize()));
    } else {
      try (Stream<Path> s = Files.list(out)) {
        s.filter(Files::isRegularFile).filter(p -> {
          String n = p.getFileName().toString();
          for (String suffix : fallbackSuffixes) {
            if (n.endsWith(suffix)) {
              return true;
            }
          }
          return false;
        }).forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + out, e);
      }
    }
    files.removeIf(p -> !p.startsWith(out.normalize()) || p.equals(marker.normalize()));
    return files;
  }

  /** Deletes {@code files} (those still there). */
  static void delete(List<Path> files) {
    for (Path f : files) {
      try {
        Files.deleteIfExists(f);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove " + f + " (left from the earlier result)", e);
      }
    }
  }
}
