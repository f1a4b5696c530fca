package org.brainalign.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files a fetch verified, so a rerun skips them without hashing tens of gigabytes again:
 * {@code ROOT/.brainalign-fetch-verified.tsv}, one line per key with its size, MD5 ({@code -} when
 * only the size was checked) and the file's modification time when verified. An entry counts only
 * while the file on disk still has that size and time; a file changed since is hashed again.
 */
final class VerifiedIndex {
  static final String FILE = ".brainalign-fetch-verified.tsv";

  private record Entry(long size, String md5, long modified) {}

  private final Path file;
  private final Map<String, Entry> entries = new TreeMap<>();

  private VerifiedIndex(Path file) {
    this.file = file;
  }

  /** Reads the index under {@code root}; empty when there is none or a line is unreadable. */
  static VerifiedIndex load(Path root) {
    VerifiedIndex index = new VerifiedIndex(root.resolve(FILE));
    if (!Files.isRegularFile(index.file)) {
      return index;
    }
    try {
      for (String line : Files.readAllLines(index.file)) {
        String[] f = line.split("\t");
        if (f.length == 4 && f[1].matches("\\d+") && f[3].matches("-?\\d+")) {
          index.entries.put(f[0], new Entry(Long.parseLong(f[1]), f[2], Long.parseLong(f[3])));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + index.file, e);
    }
    return index;
  }

  /** Whether {@code local} was verified as {@code remote} and has not changed since. */
  boolean verified(ObjectInfo remote, Path local) {
    Entry e = entries.get(remote.key());
    return e != null && e.size() == remote.size()
        && e.md5().equals(remote.md5() == null ? "-" : remote.md5())
        && Files.isRegularFile(local) && size(local) == e.size() && modified(local) == e.modified();
  }

  /** Records {@code local} as verified against {@code remote} and saves the index. */
  void record(ObjectInfo remote, Path local) {
    entries.put(remote.key(), new Entry(remote.size(), remote.md5() == null ? "-" : remote.md5(),
        modified(local)));
    List<String> lines = new ArrayList<>();
    entries.forEach((k, e) -> lines.add(k + "\t" + e.size() + "\t" + e.md5() + "\t"
        + e.modified()));
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(FILE + ".tmp");
      Files.write(tmp, lines);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return -1;
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return Long.MIN_VALUE;
    }
  }
}
