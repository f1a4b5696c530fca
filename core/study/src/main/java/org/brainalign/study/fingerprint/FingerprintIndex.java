package org.brainalign.study.fingerprint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.formats.AtomicFiles;

/**
 * The digests of input files kept between runs: one tab-separated text file, one line per file
 * (digest, {@link FileStamp} fields, when the digest was taken, absolute path). Read once, when
 * first asked; {@link #save} merges this process's new digests into what is on disk at that moment
 * (under a file lock, then an atomic rename), so runs and SLURM tasks sharing a cache folder add to
 * one index without losing each other's lines, and a reader never sees half a file. A line that
 * cannot be parsed is ignored (the file is only a cache: a missing digest costs one more read).
 */
public final class FingerprintIndex {
  private static final String HEADER = "# brainalign input fingerprints v1: sha256, size, mtime_ns, "
      + "ctime_ns, dev, ino, hashed_at_ns, path";
  private final Path file;
  private Map<Path, Entry> loaded;
  private final Map<Path, Entry> added = new LinkedHashMap<>();

  /** A digest and the stamp of the file it was taken from. */
  record Entry(Path path, FileStamp stamp, long hashedAtNanos, String sha256) {

    /** Whether the file with {@code now} as its stamp still has this digest (see the class doc). */
    boolean trusted(FileStamp now) {
      long changed = Math.max(stamp.modifiedNanos(), stamp.changedNanos());
      return stamp.equals(now) && changed <= hashedAtNanos - FileFingerprints.RACY_NANOS;
    }

    String line() {
      return String.join("\t", sha256, Long.toString(stamp.size()),
          Long.toString(stamp.modifiedNanos()), Long.toString(stamp.changedNanos()),
          Long.toString(stamp.device()), Long.toString(stamp.inode()), Long.toString(hashedAtNanos),
          path.toString());
    }

    static Entry parse(String line) {
      String[] f = line.split("\t", 8);
      if (f.length != 8 || f[0].length() != 64) {
        return null;
      }
      try {
        return new Entry(Path.of(f[7]), new FileStamp(Long.parseLong(f[1]), Long.parseLong(f[2]),
            Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5])),
            Long.parseLong(f[6]), f[0]);
      } catch (RuntimeException e) {
        return null;
      }
    }
  }

  /** @param file the index file, e.g. {@code CACHE/fingerprints.tsv} (created on first save) */
  public FingerprintIndex(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  /** The index file. */
  public Path file() {
    return file;
  }

  synchronized Entry get(Path path) {
    if (loaded == null) {
      loaded = read(file);
    }
    Entry e = added.get(path);
    return e != null ? e : loaded.get(path);
  }

  synchronized void put(Entry e) {
    if (!e.path().toString().contains("\n") && !e.path().toString().contains("\t")) {
      added.put(e.path(), e);
    }
  }

  /** Merges the digests taken since the last save into the file. */
  public synchronized void save() {
    if (added.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel ch = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
        Map<Path, Entry> merged = read(file);
        for (Entry e : added.values()) {
          Entry old = merged.get(e.path());
          if (old == null || old.hashedAtNanos() <= e.hashedAtNanos()) {
            merged.put(e.path(), e);
          }
        }
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Entry e : merged.values()) {
          if (Files.exists(e.path())) { // forget files that are gone
            sb.append(e.line()).append('\n');
          }
        }
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
        loaded = merged;
        added.clear();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the input fingerprint index " + file, e);
    }
  }

  private static Map<Path, Entry> read(Path file) {
    Map<Path, Entry> m = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        Entry e = line.startsWith("#") ? null : Entry.parse(line);
        if (e != null) {
          m.put(e.path(), e);
        }
      }
    } catch (NoSuchFileException e) {
      return m;
    } catch (IOException | UncheckedIOException e) {
      return new HashMap<>(); // a damaged index is only a cache: start again
    }
    return m;
  }
}
