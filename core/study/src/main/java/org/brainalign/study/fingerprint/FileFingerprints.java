package org.brainalign.study.fingerprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.brainalign.support.digest.Sha256;

/**
 * SHA-256 digests of input files, taken once and reused while the file is unchanged, as git's index
 * does: a digest is kept with the file's {@link FileStamp} and the time it was taken, and reused
 * only while the stamp is the same and the file's modification time was at least
 * {@link #RACY_NANOS} older than that time (a file modified just before it was hashed could be
 * modified again within the file system's time resolution without its stamp changing: such
 * "racily clean" files are hashed again until they settle). Kept in memory for the process and,
 * when an {@link FingerprintIndex} is given, on disk between runs, so an unchanged rerun over
 * gigabytes of inputs costs one {@code stat} per file.
 *
 * <p>Thread-safe. With {@code verify} every file is hashed again once in this process
 * ({@code --verify-inputs}), whatever its stamp says.
 */
public final class FileFingerprints implements AutoCloseable {
  /** How much older than its digest a file's modification time must be for the digest to be reused. */
  public static final long RACY_NANOS = 2_000_000_000L;
  private final FingerprintIndex index;
  private final boolean verify;
  private final Map<Path, FingerprintIndex.Entry> memory = new ConcurrentHashMap<>();

  /**
   * @param index where digests are kept between runs, or null to keep them for this process only
   * @param verify whether to hash every file again once, ignoring digests from earlier runs
   */
  public FileFingerprints(FingerprintIndex index, boolean verify) {
    this.index = index;
    this.verify = verify;
  }

  /** Digests kept for this process only. */
  public static FileFingerprints inMemory() {
    return new FileFingerprints(null, false);
  }

  /**
   * The SHA-256 of a file's bytes (lower-case hex), reused from an earlier digest while the file is
   * unchanged.
   *
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  public String sha256(Path file) {
    Path key = file.toAbsolutePath().normalize();
    try {
      FileStamp stamp = FileStamp.of(key);
      FingerprintIndex.Entry known = memory.get(key);
      if (known == null && index != null && !verify) {
        known = index.get(key);
      }
      if (known != null && known.trusted(stamp)) {
        memory.putIfAbsent(key, known);
        return known.sha256();
      }
      java.time.Instant now = java.time.Instant.now(); // before reading: a later edit is racy
      long hashedAt = now.getEpochSecond() * 1_000_000_000L + now.getNano();
      String sha = Sha256.of(key);
      FileStamp after = FileStamp.of(key);
      FingerprintIndex.Entry entry = new FingerprintIndex.Entry(key, after, hashedAt, sha);
      if (after.equals(stamp)) { // changed while being read: use the digest, keep nothing
        memory.put(key, entry);
        if (index != null) {
          index.put(entry);
        }
      }
      return sha;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * The digests of several files, hashed side by side on up to {@code threads} threads (so that a
   * first digest keeps up with the disk: one SHA-256 stream is about 1.3 GB/s of CPU).
   *
   * @return file → digest, in the order given
   * @throws UncheckedIOException naming a file that cannot be read
   */
  public Map<Path, String> sha256All(List<Path> paths, int threads) {
    Map<Path, String> out = new LinkedHashMap<>();
    int n = Math.max(1, Math.min(threads, paths.size()));
    if (n == 1) {
      for (Path p : paths) {
        out.put(p, sha256(p));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "fingerprints");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<String>> digests = new ArrayList<>(paths.size());
      for (Path p : paths) {
        digests.add(pool.submit(() -> sha256(p)));
      }
      for (int i = 0; i < paths.size(); i++) {
        out.put(paths.get(i), digests.get(i).get());
      }
      return out;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while hashing input files", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes the digests taken in this process to the index, if any. */
  @Override
  public void close() {
    if (index != null) {
      index.save();
    }
  }
}
