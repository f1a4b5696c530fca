package org.brainalign.engine.gram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import org.brainalign.api.matrix.CentredGram;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.io.npy.NpyDtype;
import org.brainalign.engine.io.npy.NpyMatrix;
import org.brainalign.engine.io.npy.NpyWriter;
import org.brainalign.geometry.gram.CentredGrams;

/**
 * A feature matrix whose centred Gram matrix is computed once and cached beside it ({@code .npy},
 * float64), then shared by every region, fold and metric that asks for it. A file lock keeps two
 * processes from computing the same file at once; within one JVM the loaded matrix is shared
 * (softly held, so memory pressure can drop it).
 */
public final class CachedGramMatrix implements Matrix, CentredGram {
  /** One monitor per cache file in this JVM, since a JVM may hold one file lock per file. */
  private static final ConcurrentHashMap<Path, Object> MONITORS = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<Path, SoftReference<DenseMatrix>> LOADED =
      new ConcurrentHashMap<>();
  private final Matrix data;
  private final Path cacheFile;
  private final String name;

  /**
   * @param data the features (rows = stimuli)
   * @param cacheFile where the Gram matrix is kept, e.g. {@code layer3.gram.npy}
   * @param name for messages and progress
   */
  public CachedGramMatrix(Matrix data, Path cacheFile, String name) {
    this.data = data;
    this.cacheFile = cacheFile.toAbsolutePath().normalize();
    this.name = name;
  }

  @Override
  public DenseMatrix centredGram(RunContext context) {
    synchronized (MONITORS.computeIfAbsent(cacheFile, k -> new Object())) {
      SoftReference<DenseMatrix> ref = LOADED.get(cacheFile);
      DenseMatrix held = ref == null ? null : ref.get();
      if (held != null) {
        return held;
      }
      Path lockFile = cacheFile.resolveSibling(cacheFile.getFileName() + ".lock");
      try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
        DenseMatrix k = readIfValid();
        if (k == null) {
          k = CentredGrams.compute(LabelledMatrix.unlabelled(name, data), context);
          NpyWriter.write(cacheFile, k, NpyDtype.FLOAT64);
        }
        LOADED.put(cacheFile, new SoftReference<>(k));
        return k;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot cache the Gram matrix at " + cacheFile, e);
      }
    }
  }

  private DenseMatrix readIfValid() {
    if (!Files.isRegularFile(cacheFile)) {
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
  public int rows() {
    return data.rows();
  }

  @Override
  public int columns() {
    return data.columns();
  }

  @Override
  public void readRows(int from, int to, double[] dst) {
    data.readRows(from, to, dst);
  }

  @Override
  public void readRows(int from, int to, float[] dst) {
    data.readRows(from, to, dst);
  }

  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, double[] dst) {
    data.readBlock(rowFrom, rowTo, colFrom, colTo, dst);
  }

  @Override
  public String toString() {
    return data + " (Gram cached at " + cacheFile + ")";
  }
}
