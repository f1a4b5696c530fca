package org.brainalign.study.gram;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import org.brainalign.api.compute.GramBackend;
import org.brainalign.api.matrix.CentredGram;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.matrix.ForwardingMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.gram.BlasGramBackend;
import org.brainalign.formats.AtomicFiles;
import org.brainalign.formats.npy.NpyDtype;
import org.brainalign.formats.npy.NpyMatrix;
import org.brainalign.formats.npy.NpyWriter;
import org.brainalign.study.fingerprint.FileFingerprints;
import org.brainalign.study.fingerprint.FileStamp;
import org.brainalign.support.digest.Sha256;

/**
 * A feature matrix whose centred Gram matrix is computed once and cached beside it ({@code .npy},
 * float64), then shared by every region, fold and metric that asks for it. A file lock keeps two
 * processes from computing the same file at once (on file systems whose locks do not reach across
 * nodes the task graph keeps one writer per file); the file is published by renaming a temporary
 * file unique to the process, so no reader ever sees half of it; within one JVM the loaded matrix is shared
 * (softly held, so memory pressure can drop it). The Gram matrix is accumulated in double or single
 * precision ({@link GramPrecision}) by a {@link GramBackend}: the built-in OpenBLAS one
 * ({@code blas}) unless the study names another. A single-precision cache file carries {@code -f32}
 * in its name ({@code layer3.gram-f32.npy}) and a plugin backend's its id
 * ({@code layer3.gram-torch-f32.npy}), so results that may differ never share a file. The digest
 * of the file is written beside it ({@code .npy.sha256}, as {@code sha256sum} prints it) before it
 * is published, and a cached file is used only while its digest matches that record (checked
 * through {@link FileFingerprints}, so an unchanged file is hashed once): an edited or damaged
 * Gram matrix is recomputed, and the log says so.
 */
public final class CachedGramMatrix extends ForwardingMatrix implements CentredGram {
  /** One monitor per cache file in this JVM, since a JVM may hold one file lock per file. */
  private static final ConcurrentHashMap<Path, Object> MONITORS = new ConcurrentHashMap<>();
  /** Matrices loaded or computed in this JVM, with the stamp of their file then. */
  private static final ConcurrentHashMap<Path, Held> LOADED = new ConcurrentHashMap<>();

  /** A loaded matrix, valid while its file keeps this stamp. */
  private record Held(FileStamp stamp, SoftReference<DenseMatrix> matrix) {}
  private final Matrix data;
  private final Path cacheFile;
  private final String name;
  private final GramBackend backend;
  private final FileFingerprints fingerprints;
  private final PrintWriter log;

  /**
   * A Gram matrix accumulated in double precision.
   *
   * @param data the features (rows = stimuli)
   * @param cacheFile where the Gram matrix is kept, e.g. {@code layer3.gram.npy}
   * @param name for messages and progress
   */
  public CachedGramMatrix(Matrix data, Path cacheFile, String name) {
    this(data, cacheFile, name, GramPrecision.DOUBLE);
  }

  /**
   * @param data the features (rows = stimuli)
   * @param cacheFile where the double-precision Gram matrix would be kept, e.g.
   *     {@code layer3.gram.npy}; in single precision {@code -f32} is added before {@code .npy}
   *     ({@link #cacheFileFor})
   * @param name for messages and progress
   * @param precision the arithmetic of the Gram stage
   */
  public CachedGramMatrix(Matrix data, Path cacheFile, String name, GramPrecision precision) {
    this(data, cacheFile, name, BlasGramBackend.ID, new BlasGramBackend(precision));
  }

  /**
   * @param data the features (rows = stimuli)
   * @param cacheFile where the float64 BLAS Gram matrix would be kept, e.g. {@code layer3.gram.npy};
   *     other backends and precisions use a sibling ({@link #cacheFileFor(Path, String, GramPrecision)})
   * @param name for messages and progress
   * @param backendId the id the backend was selected by ({@code blas}, {@code torch}, ...)
   * @param backend computes the Gram matrix when the cache file is missing or stale
   */
  public CachedGramMatrix(Matrix data, Path cacheFile, String name, String backendId,
      GramBackend backend) {
    this(data, cacheFile, name, backendId, backend, FileFingerprints.inMemory(),
        new PrintWriter(System.err, true));
  }

  /**
   * @param data the features (rows = stimuli)
   * @param cacheFile where the float64 BLAS Gram matrix would be kept (see above)
   * @param name for messages and progress
   * @param backendId the id the backend was selected by ({@code blas}, {@code torch}, ...)
   * @param backend computes the Gram matrix when the cache file is missing or stale
   * @param fingerprints digests of the cache file, reused while it is unchanged
   * @param log where a cache file that fails its digest is reported
   */
  public CachedGramMatrix(Matrix data, Path cacheFile, String name, String backendId,
      GramBackend backend, FileFingerprints fingerprints, PrintWriter log) {
    super(data);
    this.fingerprints = fingerprints;
    this.log = log;
    this.data = data;
    this.cacheFile = cacheFileFor(cacheFile, backendId, backend.arithmetic())
        .toAbsolutePath().normalize();
    this.name = name;
    this.backend = backend;
  }

  /**
   * The cache file of a precision of the built-in backend: {@code file} itself in double,
   * {@code file} with {@code -f32} before its {@code .npy} extension in single (unchanged when
   * already so named).
   */
  public static Path cacheFileFor(Path file, GramPrecision precision) {
    return cacheFileFor(file, BlasGramBackend.ID, precision);
  }

  /**
   * The cache file of a backend and precision: {@code file} with {@code -ID} (any backend but
   * {@code blas}) and then {@code -f32} (single precision) before its {@code .npy} extension, e.g.
   * {@code layer3.gram-torch-f32.npy}; unchanged when already so named.
   */
  public static Path cacheFileFor(Path file, String backendId, GramPrecision precision) {
    String tag = (backendId.equals(BlasGramBackend.ID) ? "" : "-" + backendId)
        + (precision == GramPrecision.SINGLE ? "-f32" : "");
    String base = file.getFileName().toString();
    if (tag.isEmpty() || base.endsWith(tag + ".npy")) {
      return file;
    }
    String stem = base.endsWith(".npy") ? base.substring(0, base.length() - 4) : base;
    return file.resolveSibling(stem + tag + ".npy");
  }

  /** The file the Gram matrix is cached in. */
  public Path cacheFile() {
    return cacheFile;
  }

  @Override
  public GramPrecision arithmetic() {
    return backend.arithmetic();
  }

  @Override
  public DenseMatrix centredGram(RunContext context) {
    synchronized (MONITORS.computeIfAbsent(cacheFile, k -> new Object())) {
      Held h = LOADED.get(cacheFile);
      DenseMatrix held = h == null ? null : h.matrix().get();
      if (held != null && h.stamp().equals(stampOrNull())) {
        return held;
      }
      Path lockFile = cacheFile.resolveSibling(cacheFile.getFileName() + ".lock");
      try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
        DenseMatrix k = readIfValid();
        if (k == null) {
          k = backend.centredGram(data, name, context);
          if (k.rows() != data.rows() || k.columns() != data.rows()) {
            throw new IllegalStateException("the Gram backend " + backend.describe() + " returned a "
                + k.rows() + " × " + k.columns() + " matrix for " + data.rows() + " rows of " + name);
          }
          // Written under a name unique to this process, then renamed: a reader on another node
          // (where the file lock may not reach) sees no file or the whole one, never half of it.
          Path tmp = AtomicFiles.unique(cacheFile);
          try {
            NpyWriter.write(tmp, k, NpyDtype.FLOAT64);
            AtomicFiles.write(digestFile(), (Sha256.of(tmp) + "  " + cacheFile.getFileName()
                + "\n").getBytes(StandardCharsets.UTF_8));
            AtomicFiles.publish(tmp, cacheFile);
          } finally {
            Files.deleteIfExists(tmp);
          }
        }
        LOADED.put(cacheFile, new Held(stampOrNull(), new SoftReference<>(k)));
        return k;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot cache the Gram matrix at " + cacheFile, e);
      }
    }
  }

  /** Whether the cache file holds a complete Gram matrix of this size (its header says so). */
  public boolean cached() {
    return readHeaderMatches(cacheFile, data.rows());
  }

  /** Whether {@code file} is an .npy file of an (n × n) matrix whose size matches its header. */
  public static boolean readHeaderMatches(Path file, int n) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      NpyMatrix m = NpyMatrix.open(file);
      return m.rows() == n && m.columns() == n;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private FileStamp stampOrNull() {
    try {
      return FileStamp.of(cacheFile);
    } catch (IOException e) {
      return null;
    }
  }

  /** The file beside the cache file that records its digest. */
  private Path digestFile() {
    return cacheFile.resolveSibling(cacheFile.getFileName() + ".sha256");
  }

  private DenseMatrix readIfValid() {
    if (!Files.isRegularFile(cacheFile)) {
      return null;
    }
    try {
      String recorded = Files.isRegularFile(digestFile())
          ? Files.readString(digestFile(), StandardCharsets.UTF_8).split("\\s+", 2)[0] : "";
      String actual = fingerprints.sha256(cacheFile);
      if (!actual.equals(recorded)) {
        log.println("cached Gram matrix " + cacheFile + " " + (recorded.isEmpty()
            ? "has no recorded digest (" + digestFile().getFileName() + ")"
            : "does not match the digest recorded when it was written (SHA-256 "
            + actual.substring(0, 12) + "…, recorded " + recorded.substring(0,
            Math.min(12, recorded.length())) + "…)") + ": recomputing it");
        log.flush();
        return null;
      }
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
    try {
      NpyMatrix m = NpyMatrix.open(cacheFile);
      if (m.rows() == data.rows() && m.columns() == data.rows()) {
        return m.toDense();
      }
    } catch (RuntimeException e) {
      // A corrupt or foreign cache file is rebuilt, never trusted.
    }
    return null;
  }

  @Override
  public String toString() {
    return data + " (Gram cached at " + cacheFile + ")";
  }
}
