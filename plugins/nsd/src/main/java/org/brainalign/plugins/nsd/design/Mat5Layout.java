package org.brainalign.plugins.nsd.design;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.zip.InflaterInputStream;
import org.brainalign.api.DataFormatException;

/**
 * Checks the element layout of a MATLAB level-5 file before MFL reads it: every element tag (type,
 * byte count; or a small element packed in 8 bytes) must fit inside its parent (the file, a
 * compressed element's inflated stream, or a matrix), and the top-level elements must cover the file
 * exactly. MFL allocates what a tag announces, which a forged size inside a compressed element
 * turns into an OutOfMemoryError, and it stops quietly when fewer than 8 bytes remain, so a file
 * cut inside a tag would pass for complete.
 *
 * <p>The walk streams: compressed elements are inflated on the fly and nothing is kept.
 */
final class Mat5Layout {
  private static final int HEADER = 128;
  private static final int MI_MATRIX = 14;
  private static final int MI_COMPRESSED = 15;

  private Mat5Layout() {}

  /**
   * @throws DataFormatException naming the file and the first element that does not fit
   */
  static void check(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file)) {
      long size = ch.size();
      if (size < HEADER) {
        throw corrupt(file, "only " + size + " bytes, less than the 128-byte header");
      }
      ByteBuffer endian = ByteBuffer.allocate(2);
      ch.read(endian, 126);
      ByteOrder order = endian.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
      ByteBuffer tag = ByteBuffer.allocate(8).order(order);
      long at = HEADER;
      while (at + 8 <= size) {
        tag.clear();
        while (tag.hasRemaining() && ch.read(tag, at + tag.position()) > 0) {
          // read the whole tag
        }
        int type = tag.getInt(0);
        if ((type >>> 16) != 0) {
          at += 8;
          continue;
        }
        long n = tag.getInt(4) & 0xFFFF_FFFFL;
        if (at + 8 + n > size) {
          throw corrupt(file, "the element at byte " + at + " announces " + n + " bytes, but only "
              + (size - at - 8) + " follow (truncated?)");
        }
        if (type == MI_COMPRESSED || type == MI_MATRIX) {
          InputStream body = Channels.newInputStream(ch.position(at + 8));
          InputStream in = type == MI_COMPRESSED ? new InflaterInputStream(body) : body;
          long inner = type == MI_COMPRESSED ? Long.MAX_VALUE : n;
          walk(file, in, inner, order, at);
        }
        at += 8 + n;
      }
      if (at != size) {
        throw corrupt(file, "the elements end at byte " + at + " but the file has " + size
            + " bytes (a cut download?)");
      }
    }
  }

  /**
   * Walks the elements of a parent holding {@code limit} bytes ({@code Long.MAX_VALUE}: the rest of
   * an inflated stream), descending into matrices. Sub-elements are padded to 8 bytes.
   */
  private static void walk(Path file, InputStream in, long limit, ByteOrder order, long where)
      throws IOException {
    long pos = 0;
    byte[] raw = new byte[8];
    ByteBuffer tag = ByteBuffer.wrap(raw).order(order);
    while (limit - pos >= 8) {
      int got = in.readNBytes(raw, 0, 8);
      if (got == 0 && limit == Long.MAX_VALUE) {
        return; // end of an inflated stream
      }
      if (got < 8) {
        throw corrupt(file, "the element at byte " + where + " ends inside a tag");
      }
      pos += 8;
      int type = tag.getInt(0);
      if ((type >>> 16) != 0) {
        continue;
      }
      long n = tag.getInt(4) & 0xFFFF_FFFFL;
      long padded = limit == Long.MAX_VALUE ? n : (n + 7) / 8 * 8;
      if (n > limit - pos) {
        throw corrupt(file, "inside the element at byte " + where + ", a tag announces " + n
            + " bytes where only " + (limit - pos) + " remain");
      }
      if (type == MI_MATRIX) {
        walk(file, in, n, order, where);
        skip(file, in, Math.min(padded, limit - pos) - n, where);
      } else {
        skip(file, in, Math.min(padded, limit - pos), where);
      }
      pos += Math.min(padded, limit - pos);
    }
    skip(file, in, limit == Long.MAX_VALUE ? 0 : limit - pos, where);
  }

  private static void skip(Path file, InputStream in, long n, long where) throws IOException {
    try {
      in.skipNBytes(n);
    } catch (EOFException e) {
      throw corrupt(file, "the element at byte " + where + " ends early");
    }
  }

  private static DataFormatException corrupt(Path file, String problem) {
    return new DataFormatException(file, "not a complete MATLAB level-5 .mat file: " + problem
        + ". Download it again; a v7.3 (HDF5) file needs re-saving with save(..., '-v7').");
  }
}
