package org.brainalign.djl;

import java.nio.file.Path;

/**
 * Where the plugins keep downloaded and extracted files: {@code BRAINALIGN_CACHE_DIR} (environment)
 * or {@code brainalign.cache.dir} (system property), else {@code ~/.cache/brainalign}.
 */
public final class CacheDirs {
  private CacheDirs() {}

  /** The cache root; not created here. */
  public static Path root() {
    String dir = System.getenv("BRAINALIGN_CACHE_DIR");
    if (dir == null || dir.isBlank()) {
      dir = System.getProperty("brainalign.cache.dir");
    }
    if (dir == null || dir.isBlank()) {
      return Path.of(System.getProperty("user.home"), ".cache", "brainalign");
    }
    return Path.of(dir);
  }

  /** Whether the user asked for no network access ({@code BRAINALIGN_OFFLINE} or {@code brainalign.offline}). */
  public static boolean offline() {
    String v = System.getenv("BRAINALIGN_OFFLINE");
    if (v == null) {
      v = System.getProperty("brainalign.offline");
    }
    return v != null && (v.equalsIgnoreCase("true") || v.equals("1"));
  }
}
