package org.brainalign.support.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A file a dataset read, as its manifest lists it: {@code {"path": …, "bytes": …}}. */
public final class FileProvenance {
  private FileProvenance() {}

  /**
   * @param shown the path as the manifest shows it (relative to the dataset's root when inside it)
   * @param file the file, for its size; {@code bytes} is null when it cannot be read
   */
  public static Map<String, Object> of(String shown, Path file) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("path", shown);
    try {
      f.put("bytes", Files.size(file));
    } catch (IOException e) {
      f.put("bytes", null);
    }
    return f;
  }

  /** As {@link #of(String, Path)}, the path relative to {@code root} when inside it, else absolute. */
  public static Map<String, Object> under(Path root, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return of(abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString(), file);
  }
}
