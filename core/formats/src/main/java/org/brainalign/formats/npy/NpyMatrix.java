package org.brainalign.formats.npy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.matrix.AbstractMatrix;

/**
 * A {@code .npy} array read through memory mapping, row block by row block, so files larger than
 * the heap can be streamed. The first axis is the rows (stimuli); further axes are flattened in C
 * order into columns, whatever the file's storage order.
 */
public final class NpyMatrix extends AbstractMatrix {
  /** Each mapping covers at most this many bytes (a multiple of every element size). */
  private static final long SEGMENT = 1L << 30;
  private final Path file;
  private final NpyHeader header;
  private final MappedByteBuffer[] segments;
  /** Fortran order: element offset of column c for row 0; null for C order. */
  private final long[] fortranColumnOffset;
  /** Float views of the segments when the file is float32 in C order (bulk copies); else null. */
  private final FloatBuffer[] floatSegments;

  /** @param shape rows and columns, from {@link #matrixShape} */
  private NpyMatrix(Path file, NpyHeader header, MappedByteBuffer[] segments, int[] shape) {
    super(shape[0], shape[1]);
    this.file = file;
    this.header = header;
    this.segments = segments;
    // With no rows nothing is ever read, and the table would be sized by the columns alone: a forged
    // shape such as (0, 50000, 40000) must not allocate 16 GB.
    this.fortranColumnOffset = header.fortranOrder() && header.shape().length > 1 && shape[0] > 0
        ? fortranOffsets(header.shape()) : null;
    this.floatSegments = isCFloat32() ? floatViews(segments, header.dtype().order()) : null;
  }

  /**
   * The array's first axis as rows and the product of the others as columns.
   *
   * @throws DataFormatException when either exceeds an int
   */
  private static int[] matrixShape(Path file, long[] shape) {
    long r = shape.length == 0 ? 1 : shape[0];
    long c = 1;
    for (int i = 1; i < shape.length; i++) {
      c *= shape[i];
    }
    if (r > Integer.MAX_VALUE || c > Integer.MAX_VALUE) {
      throw new DataFormatException(file, "shape " + NpyHeader.shapeText(shape)
          + " has more than 2^31 rows or columns");
    }
    return new int[] {(int) r, (int) c};
  }

  private boolean isCFloat32() {
    NpyDtype t = header.dtype();
    return t.kind() == 'f' && t.size() == 4 && fortranColumnOffset == null
        && !header.fortranOrder();
  }

  private static FloatBuffer[] floatViews(MappedByteBuffer[] segments, java.nio.ByteOrder order) {
    FloatBuffer[] out = new FloatBuffer[segments.length];
    for (int i = 0; i < segments.length; i++) {
      // Absolute bulk gets on a view never move its position, so threads may share it.
      out[i] = segments[i].duplicate().order(order).asFloatBuffer();
    }
    return out;
  }

  private static long[] fortranOffsets(long[] shape) {
    int k = shape.length - 1;
    int cols = 1;
    for (int i = 1; i < shape.length; i++) {
      cols *= (int) shape[i];
    }
    long[] out = new long[cols];
    int[] idx = new int[k];
    for (int c = 0; c < cols; c++) {
      long off = 0;
      long stride = shape[0];
      for (int d = 0; d < k; d++) {
        off += idx[d] * stride;
        stride *= shape[d + 1];
      }
      out[c] = off;
      for (int d = k - 1; d >= 0; d--) {
        if (++idx[d] < shape[d + 1]) {
          break;
        }
        idx[d] = 0;
      }
    }
    return out;
  }

  /**
   * Opens and validates {@code file}.
   *
   * @throws DataFormatException when the file is not a readable numeric .npy array
   */
  public static NpyMatrix open(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      NpyHeader h = NpyHeader.read(file, ch);
      if (h.shape().length == 0) {
        throw new DataFormatException(file, "holds a scalar (0-d array); expected a matrix with "
            + "one row per stimulus");
      }
      long bytes = h.elements() * h.dtype().size();
      int n = (int) ((bytes + SEGMENT - 1) / SEGMENT);
      MappedByteBuffer[] segs = new MappedByteBuffer[n];
      for (int i = 0; i < n; i++) {
        long start = h.dataOffset() + i * SEGMENT;
        long len = Math.min(SEGMENT, bytes - i * SEGMENT);
        segs[i] = ch.map(FileChannel.MapMode.READ_ONLY, start, len);
      }
      return new NpyMatrix(file, h, segs, matrixShape(file, h.shape()));
    } catch (IOException e) {
      throw new DataFormatException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  public NpyHeader header() {
    return header;
  }

  public Path file() {
    return file;
  }

  /**
   * Float32 files in C order are copied in bulk from the mapping, without decoding element by
   * element; other dtypes and orders are read as doubles and rounded.
   */
  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, float[] dst) {
    int width = colTo - colFrom;
    if (floatSegments != null) {
      for (int r = rowFrom; r < rowTo; r++) {
        copyFloats((long) r * columns() + colFrom, dst, (r - rowFrom) * width, width);
      }
      return;
    }
    double[] row = new double[width];
    // C order: one byte scratch for the whole call, not one per row (the Gram stage reads chunks of
    // rows and must not leave garbage in proportion to the data).
    byte[] buf = fortranColumnOffset == null && !header.fortranOrder()
        ? new byte[width * header.dtype().size()] : null;
    ByteBuffer bb = buf == null ? null : ByteBuffer.wrap(buf).order(header.dtype().order());
    for (int r = rowFrom; r < rowTo; r++) {
      if (buf == null) {
        readBlock(r, r + 1, colFrom, colTo, row);
      } else {
        copyBytes(((long) r * columns() + colFrom) * header.dtype().size(), buf);
        bb.clear();
        decode(bb, width, row, 0);
      }
      int base = (r - rowFrom) * width;
      for (int c = 0; c < width; c++) {
        dst[base + c] = (float) row[c];
      }
    }
  }

  /** Copies {@code count} floats starting at element {@code element} of a C-order float32 file. */
  private void copyFloats(long element, float[] dst, int at, int count) {
    long perSegment = SEGMENT / 4;
    int done = 0;
    while (done < count) {
      long e = element + done;
      int seg = (int) (e / perSegment);
      int within = (int) (e % perSegment);
      int n = (int) Math.min(count - done, perSegment - within);
      floatSegments[seg].get(within, dst, at + done, n);
      done += n;
    }
  }

  @Override
  public void readBlock(int rowFrom, int rowTo, int colFrom, int colTo, double[] dst) {
    int width = colTo - colFrom;
    int size = header.dtype().size();
    if (floatSegments != null) {
      // Bulk float copy, then widen: no per-element ByteBuffer decode.
      float[] buf = new float[width];
      for (int r = rowFrom; r < rowTo; r++) {
        copyFloats((long) r * columns() + colFrom, buf, 0, width);
        int at = (r - rowFrom) * width;
        for (int c = 0; c < width; c++) {
          dst[at + c] = buf[c];
        }
      }
      return;
    }
    if (fortranColumnOffset == null && !header.fortranOrder()) {
      byte[] buf = new byte[width * size];
      ByteBuffer bb = ByteBuffer.wrap(buf).order(header.dtype().order());
      for (int r = rowFrom; r < rowTo; r++) {
        long off = ((long) r * columns() + colFrom) * size;
        copyBytes(off, buf);
        bb.clear();
        decode(bb, width, dst, (r - rowFrom) * width);
      }
      return;
    }
    // Column-major storage: element (r, c) sits at r + offset(c).
    byte[] one = new byte[size];
    ByteBuffer bb = ByteBuffer.wrap(one).order(header.dtype().order());
    for (int r = rowFrom; r < rowTo; r++) {
      for (int c = colFrom; c < colTo; c++) {
        long element = fortranColumnOffset == null
            ? (long) c * rows() + r : r + fortranColumnOffset[c];
        copyBytes(element * size, one);
        bb.clear();
        decode(bb, 1, dst, (r - rowFrom) * width + (c - colFrom));
      }
    }
  }

  private void copyBytes(long offset, byte[] dst) {
    int done = 0;
    while (done < dst.length) {
      long pos = offset + done;
      int seg = (int) (pos / SEGMENT);
      int within = (int) (pos % SEGMENT);
      int n = Math.min(dst.length - done, (int) Math.min(Integer.MAX_VALUE, SEGMENT - within));
      segments[seg].get(within, dst, done, n);
      done += n;
    }
  }

  private void decode(ByteBuffer bb, int count, double[] dst, int at) {
    NpyDtype t = header.dtype();
    switch (t.kind()) {
      case 'f' -> {
        if (t.size() == 4) {
          for (int i = 0; i < count; i++) {
            dst[at + i] = bb.getFloat();
          }
        } else if (t.size() == 8) {
          for (int i = 0; i < count; i++) {
            dst[at + i] = bb.getDouble();
          }
        } else {
          for (int i = 0; i < count; i++) {
            dst[at + i] = Float16.toFloat(bb.getShort());
          }
        }
      }
      case 'i' -> {
        for (int i = 0; i < count; i++) {
          dst[at + i] = switch (t.size()) {
            case 1 -> bb.get();
            case 2 -> bb.getShort();
            case 4 -> bb.getInt();
            default -> bb.getLong();
          };
        }
      }
      case 'u' -> {
        for (int i = 0; i < count; i++) {
          dst[at + i] = switch (t.size()) {
            case 1 -> bb.get() & 0xff;
            case 2 -> bb.getShort() & 0xffff;
            case 4 -> bb.getInt() & 0xffffffffL;
            default -> unsigned64(bb.getLong());
          };
        }
      }
      case 'b' -> {
        for (int i = 0; i < count; i++) {
          dst[at + i] = bb.get() != 0 ? 1 : 0;
        }
      }
      default -> throw new UncheckedIOException(new IOException("unsupported kind " + t.kind()));
    }
  }

  private static double unsigned64(long v) {
    return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
  }

  @Override
  public String toString() {
    return file + " " + NpyHeader.shapeText(header.shape()) + " " + header.dtype().descr();
  }
}
