package org.brainalign.api.fetch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to fetch.
 *
 * @param key the object's key relative to the source, with forward slashes
 *     ({@code nsddata/experiments/nsd/nsd_expdesign.mat})
 * @param local where it goes, relative to the plan's root
 */
public record RemoteFile(String key, Path local) {

  public RemoteFile {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(local, "local");
    if (key.isEmpty() || key.startsWith("/") || local.isAbsolute()) {
      throw new IllegalArgumentException("key and local must be relative: " + key + ", " + local);
    }
  }
}
