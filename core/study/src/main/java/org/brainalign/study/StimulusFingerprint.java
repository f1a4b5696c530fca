package org.brainalign.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.brainalign.support.digest.Sha256;

/**
 * The content of a stimulus set as a feature-cache entry records it: the SHA-256 of every file the
 * images are read from (or, for a source that names no files, of every decoded image), and one
 * digest of them all.
 *
 * @param parts file path (or {@code image:<id>} for decoded pixels) → SHA-256, sorted by key
 * @param digest the one digest of every part, recorded in the entry's manifest
 */
record StimulusFingerprint(SortedMap<String, String> parts, String digest) {

  /** The fingerprint of these parts. */
  static StimulusFingerprint of(Map<String, String> parts) {
    SortedMap<String, String> sorted = new TreeMap<>(parts);
    StringBuilder sb = new StringBuilder();
    sorted.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
    return new StimulusFingerprint(java.util.Collections.unmodifiableSortedMap(sorted),
        Sha256.of(sb.toString()));
  }

  /**
   * What changed from {@code before} (the parts recorded when an entry was written) to this, for
   * the log: e.g. {@code 12 of 1000 stimulus files changed (a.png, b.png, c.png, …)}.
   */
  String changesSince(Map<String, String> before) {
    List<String> changed = new ArrayList<>();
    int added = 0;
    for (Map.Entry<String, String> e : parts.entrySet()) {
      String old = before.get(e.getKey());
      if (old == null) {
        added++;
      } else if (!old.equals(e.getValue())) {
        changed.add(e.getKey());
      }
    }
    long removed = before.keySet().stream().filter(k -> !parts.containsKey(k)).count();
    StringBuilder sb = new StringBuilder();
    if (!changed.isEmpty()) {
      sb.append(changed.size()).append(" of ").append(parts.size()).append(" stimulus ")
          .append(parts.size() == 1 ? "file" : "files").append(" changed (");
      for (int i = 0; i < Math.min(3, changed.size()); i++) {
        sb.append(i == 0 ? "" : ", ").append(shortName(changed.get(i)));
      }
      sb.append(changed.size() > 3 ? ", …)" : ")");
    }
    if (added > 0 || removed > 0) {
      sb.append(sb.length() == 0 ? "" : "; ").append(added).append(" added, ").append(removed)
          .append(" removed");
    }
    return sb.length() == 0 ? "the stimuli changed" : sb.toString();
  }

  private static String shortName(String key) {
    int slash = key.lastIndexOf('/');
    return slash < 0 ? key : key.substring(slash + 1);
  }
}
