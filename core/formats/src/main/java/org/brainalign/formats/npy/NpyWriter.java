package org.brainalign.formats.npy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.formats.AtomicFiles;
import org.brainalign.support.digest.Sha256;
import org.brainalign.formats.npy.Float16;
import org.brainalign.formats.npy.NpyDtype;
import org.brainalign.formats.npy.NpyHeader;

/**
 * Streams a C-order {@code .npy} array of float16, float32 or float64 row by row. The header is
 * written first from the declared shape; the file appears under its name only after
 * {@link #commit()} checked that every row arrived. Closing without commit deletes the partial file.
 * The SHA-256 digest of the file's bytes is computed on the way ({@link #sha256()}), so a manifest
 * can record it without reading the file again.
 *
 * <p>A long write can be made resumable: {@link #sync()} forces the rows written so far to disk and
 * returns a {@link Checkpoint} (rows, bytes, digest of that prefix) for the caller to record; after a
 * crash, {@link #resume} reopens the partial file, checks it against the checkpoint, cuts it back to
 * exactly those rows, rebuilds the streaming digest from the kept prefix and appends from there.
 */
public final class NpyWriter implements AutoCloseable {
  private final Path target;
  private final NpyDtype dtype;
  private final long rows;
  private final int columns;
  private final FileChannel channel;
  private final OutputStream out;
  private final ByteBuffer buffer;
  private final MessageDigest digest;
  private long bytes;
  private String sha256;
  private long written;
  private boolean done;

  /** Rows already in the partial file (0 for a new file), whose bytes {@code digest} has seen. */
  private NpyWriter(Path target, NpyDtype dtype, long rows, int columns, FileChannel channel,
      MessageDigest digest, long keptRows, long keptBytes) {
    this.target = target;
    this.dtype = dtype;
    this.rows = rows;
    this.columns = columns;
    this.channel = channel;
    this.digest = digest;
    this.out = new BufferedOutputStream(new DigestOutputStream(Channels.newOutputStream(channel),
        digest), 1 << 20);
    this.written = keptRows;
    this.bytes = keptBytes;
    this.buffer = ByteBuffer.allocate(Math.max(1, columns) * dtype.size())
        .order(ByteOrder.LITTLE_ENDIAN);
  }

  private static NpyWriter fresh(Path target, NpyDtype dtype, long rows, int columns)
      throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    FileChannel ch = FileChannel.open(AtomicFiles.partial(target), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    NpyWriter w = new NpyWriter(target, dtype, rows, columns, ch, Sha256.newDigest(), 0, 0);
    byte[] header = NpyHeader.encode(dtype, new long[] {rows, columns});
    w.out.write(header);
    w.bytes = header.length;
    return w;
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
      return fresh(target, dtype, rows, columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + target, e);
    }
  }

  /**
   * What a {@link #sync()} made durable: the first {@code rows} rows, {@code bytes} bytes of the
   * partial file (header included), whose SHA-256 digest is {@code sha256} (lower-case hex).
   */
  public record Checkpoint(long rows, long bytes, String sha256) {}

  /**
   * Reopens the partial file of an interrupted write of the same {@code (rows × columns)} array and
   * continues after its first {@code keepRows} rows. The file must start with exactly the header
   * this writer would write, hold at least the checkpoint's rows (bytes after them are cut off: they
   * were written after the checkpoint) and those rows must have the checkpoint's digest; all of
   * them are read again to check it and to rebuild the streaming digest.
   *
   * @param keepRows rows to keep, at most {@code checkpoint.rows()} (fewer when this array must
   *     restart where another, checkpointed less recently, stopped)
   * @throws DataFormatException naming the partial file when any of that does not hold; the file is
   *     left as it was, for the caller to discard
   */
  public static NpyWriter resume(Path target, NpyDtype dtype, long rows, int columns,
      Checkpoint checkpoint, long keepRows) {
    if (dtype.kind() != 'f') {
      throw new IllegalArgumentException("NpyWriter writes floats only, not " + dtype.descr());
    }
    Path partial = AtomicFiles.partial(target);
    byte[] header = NpyHeader.encode(dtype, new long[] {rows, columns});
    long rowBytes = (long) columns * dtype.size();
    if (checkpoint.rows() < 0 || checkpoint.rows() > rows
        || checkpoint.bytes() != header.length + checkpoint.rows() * rowBytes
        || keepRows < 0 || keepRows > checkpoint.rows()) {
      throw new DataFormatException(partial, "the progress record (" + checkpoint.rows() + " rows, "
          + checkpoint.bytes() + " bytes) does not fit a " + rows + " × " + columns + " "
          + dtype.descr() + " array");
    }
    FileChannel ch = null;
    try {
      if (!Files.isRegularFile(partial)) {
        throw new DataFormatException(partial, "missing: nothing to resume");
      }
      ch = FileChannel.open(partial, StandardOpenOption.READ, StandardOpenOption.WRITE);
      long size = ch.size();
      if (size < checkpoint.bytes()) {
        throw new DataFormatException(partial, "holds " + size + " bytes, but the progress record "
            + "says " + checkpoint.rows() + " rows (" + checkpoint.bytes() + " bytes) were written");
      }
      MessageDigest digest = Sha256.newDigest();
      long keepBytes = header.length + keepRows * rowBytes;
      MessageDigest kept = null;
      ByteBuffer buf = ByteBuffer.allocate((int) Math.min(1 << 20, Math.max(header.length,
          checkpoint.bytes())));
      long pos = 0;
      while (pos < checkpoint.bytes()) {
        // a read ends exactly at keepBytes, where the digest state to continue from is copied
        long end = pos < keepBytes ? keepBytes : checkpoint.bytes();
        buf.clear().limit((int) Math.min(buf.capacity(), end - pos));
        int n = ch.read(buf, pos);
        if (n < 0) {
          throw new DataFormatException(partial, "ended while its kept rows were read again");
        }
        if (pos == 0 && (n < header.length || !Arrays.equals(buf.array(), 0, header.length, header,
            0, header.length))) {
          throw new DataFormatException(partial, "does not start with the expected .npy header ("
              + NpyHeader.shapeText(new long[] {rows, columns}) + ", " + dtype.descr() + ")");
        }
        digest.update(buf.array(), 0, n);
        pos += n;
        if (pos == keepBytes) {
          kept = (MessageDigest) digest.clone();
        }
      }
      String sha = Sha256.hex((MessageDigest) digest.clone());
      if (!sha.equals(checkpoint.sha256())) {
        throw new DataFormatException(partial, "its first " + checkpoint.rows() + " rows have SHA-256 "
            + sha.substring(0, 12) + "…, the progress record says "
            + checkpoint.sha256().substring(0, Math.min(12, checkpoint.sha256().length()))
            + "…: changed since they were written");
      }
      ch.truncate(keepBytes);
      ch.position(keepBytes);
      return new NpyWriter(target, dtype, rows, columns, ch, kept, keepRows, keepBytes);
    } catch (IOException | CloneNotSupportedException | RuntimeException e) {
      closeQuietly(ch);
      if (e instanceof DataFormatException d) {
        throw d;
      }
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new DataFormatException(partial, "cannot be read back to resume: " + e, e);
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // nothing more to do with a file being given up
      }
    }
  }

  /**
   * Forces every row written so far to disk ({@link FileChannel#force}) and returns what is now
   * durable, for a progress record written after this returns: the record can then never claim rows
   * that are not on disk.
   */
  public Checkpoint sync() {
    try {
      out.flush();
      channel.force(false);
      String sha = Sha256.hex((MessageDigest) digest.clone());
      return new Checkpoint(written, bytes, sha);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
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

  /** Number of rows the finished file holds. */
  public long rows() {
    return rows;
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
    sha256 = Sha256.hex(digest);
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
