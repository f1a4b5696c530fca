package org.brainalign.engine.io.npy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.engine.io.AtomicFiles;

/**
 * Streams a C-order {@code .npy} array of float16, float32 or float64 row by row. The header is
 * written first from the declared shape; the file appears under its name only after
 * {@link #commit()} checked that every row arrived. Closing without commit deletes the partial file.
 * The SHA-256 digest of the file's bytes is computed on the way ({@link #sha256()}), so a manifest
 * can record it without reading the file again.
 */
public final class NpyWriter implements AutoCloseable {
  private final Path target;
  private final NpyDtype dtype;
  private final long rows;
  private final int columns;
  private final OutputStream out;
  private final ByteBuffer buffer;
  private final MessageDigest digest;
  private long bytes;
  private String sha256;
  private long written;
  private boolean done;

  private NpyWriter(Path target, NpyDtype dtype, long rows, int columns) throws IOException {
    this.target = target;
    this.dtype = dtype;
    this.rows = rows;
    this.columns = columns;
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    this.out = new BufferedOutputStream(new DigestOutputStream(
        Files.newOutputStream(AtomicFiles.partial(target)), digest), 1 << 20);
    byte[] header = NpyHeader.encode(dtype, new long[] {rows, columns});
    out.write(header);
    bytes = header.length;
    this.buffer = ByteBuffer.allocate(Math.max(1, columns) * dtype.size())
        .order(ByteOrder.LITTLE_ENDIAN);
  }

  /**
   * Starts a {@code (rows × columns)} array.
   *
   * @param dtype {@link NpyDtype#FLOAT16}, {@link NpyDtype#FLOAT32} or {@link NpyDtype#FLOAT64}
   */
  public static NpyWriter create(Path target, NpyDtype dtype, long rows, int columns) {
    if (dtype.kind() != 'f') {
      throw new IllegalArgumentException("NpyWriter writes floats only, not " + dtype.descr());
    }
    try {
      return new NpyWriter(target, dtype, rows, columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + target, e);
    }
  }

  /** Writes a whole matrix in one call. */
  public static void write(Path target, Matrix m, NpyDtype dtype) {
    try (NpyWriter w = create(target, dtype, m.rows(), m.columns())) {
      double[] row = new double[m.columns()];
      for (int r = 0; r < m.rows(); r++) {
        m.readRows(r, r + 1, row);
        w.appendRow(row, 0);
      }
      w.commit();
    }
  }

  /** Appends one row from {@code values[offset … offset+columns)}. */
  public void appendRow(double[] values, int offset) {
    buffer.clear();
    for (int c = 0; c < columns; c++) {
      put(values[offset + c]);
    }
    flushRow();
  }

  /** Appends {@code count} rows from a row-major float array. */
  public void appendRows(float[] values, int count) {
    for (int r = 0; r < count; r++) {
      buffer.clear();
      int base = r * columns;
      for (int c = 0; c < columns; c++) {
        put(values[base + c]);
      }
      flushRow();
    }
  }

  private void put(double v) {
    switch (dtype.size()) {
      case 2 -> buffer.putShort(Float16.fromFloat((float) v));
      case 4 -> buffer.putFloat((float) v);
      default -> buffer.putDouble(v);
    }
  }

  private void flushRow() {
    if (written >= rows) {
      throw new IllegalStateException(target + ": more than the declared " + rows + " rows");
    }
    try {
      out.write(buffer.array(), 0, buffer.position());
      bytes += buffer.position();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    written++;
  }

  /** Number of rows written so far. */
  public long rowsWritten() {
    return written;
  }

  /** Finishes the file and renames it into place. */
  public void commit() {
    if (written != rows) {
      throw new IllegalStateException(target + ": " + written + " of " + rows + " rows written");
    }
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    sha256 = HexFormat.of().formatHex(digest.digest());
    AtomicFiles.commit(target);
    done = true;
  }

  /** Lower-case hex SHA-256 of the committed file's bytes. */
  public String sha256() {
    if (sha256 == null) {
      throw new IllegalStateException(target + ": not committed yet");
    }
    return sha256;
  }

  /** Size of the committed file in bytes. */
  public long bytes() {
    return bytes;
  }

  @Override
  public void close() {
    if (!done) {
      try {
        out.close();
      } catch (IOException ignored) {
        // the partial file is deleted below either way
      }
      AtomicFiles.discard(target);
    }
  }
}
