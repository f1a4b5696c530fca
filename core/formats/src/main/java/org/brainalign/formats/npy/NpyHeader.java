package org.brainalign.formats.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brainalign.api.DataFormatException;

/**
 * The header of a {@code .npy} file (format versions 1.0, 2.0 and 3.0).
 *
 * @param dtype element type
 * @param fortranOrder whether the data are stored column-major
 * @param shape array shape
 * @param dataOffset byte offset of the first element
 */
public record NpyHeader(NpyDtype dtype, boolean fortranOrder, long[] shape, long dataOffset) {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
  /** Larger headers are forged or corrupt; numpy never writes one this big for a plain array. */
  private static final int MAX_HEADER = 1 << 20;

  /** Number of elements. */
  public long elements() {
    long n = 1;
    for (long d : shape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  /**
   * Reads and validates the header, including that the file holds exactly the bytes it announces.
   *
   * @throws DataFormatException naming the file and what is wrong
   */
  public static NpyHeader read(Path file, FileChannel ch) throws IOException {
    long fileSize = ch.size();
    ByteBuffer pre = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    readFully(ch, pre, 0);
    pre.flip();
    if (pre.remaining() < 10) {
      throw new DataFormatException(file, "not a .npy file: only " + fileSize + " bytes");
    }
    for (byte b : MAGIC) {
      if (pre.get() != b) {
        throw new DataFormatException(file, "not a .npy file: missing the \\x93NUMPY magic "
            + "string. Save arrays with numpy.save, or give a .csv or .h5:/dataset path");
      }
    }
    int major = pre.get() & 0xff;
    pre.get();
    long headerLen;
    int prefix;
    if (major == 1) {
      headerLen = pre.getShort() & 0xffff;
      prefix = 10;
    } else if (major == 2 || major == 3) {
      if (pre.remaining() < 4) {
        throw new DataFormatException(file, "truncated .npy header");
      }
      headerLen = pre.getInt() & 0xffffffffL;
      prefix = 12;
    } else {
      throw new DataFormatException(file, "unsupported .npy format version " + major
          + " (supported: 1, 2, 3)");
    }
    if (headerLen > MAX_HEADER || prefix + headerLen > fileSize) {
      throw new DataFormatException(file, "corrupt or truncated .npy header: it announces "
          + headerLen + " header bytes in a file of " + fileSize + " bytes");
    }
    ByteBuffer hb = ByteBuffer.allocate((int) headerLen);
    readFully(ch, hb, prefix);
    String header = new String(hb.array(), major == 3 ? StandardCharsets.UTF_8
        : StandardCharsets.ISO_8859_1);
    NpyHeader h = parse(file, header, prefix + headerLen);
    long need;
    try {
      need = Math.multiplyExact(h.elements(), (long) h.dtype.size());
    } catch (ArithmeticException e) {
      throw new DataFormatException(file, "corrupt .npy header: shape overflows");
    }
    long have = fileSize - h.dataOffset;
    if (have < need) {
      throw new DataFormatException(file, "truncated .npy file: shape " + shapeText(h.shape)
          + " of " + h.dtype.descr() + " needs " + need + " data bytes, found " + have
          + ". The file was probably cut short while copying; copy or save it again");
    }
    if (have > need) {
      throw new DataFormatException(file, "corrupt .npy file: " + (have - need)
          + " unexpected bytes after the " + need + " data bytes of shape " + shapeText(h.shape));
    }
    return h;
  }

  private static NpyHeader parse(Path file, String header, long offset) {
    Matcher d = DESCR.matcher(header);
    Matcher f = FORTRAN.matcher(header);
    Matcher s = SHAPE.matcher(header);
    if (header.matches("(?s).*'descr'\\s*:\\s*\\[.*")) {
      Matcher fields = Pattern.compile("\\(\\s*'([^']*)'").matcher(header);
      List<String> names = new java.util.ArrayList<>();
      while (fields.find()) {
        names.add(fields.group(1));
      }
      throw new DataFormatException(file, "holds a structured (record) array with fields "
          + names + "; expected a plain numeric array (stimuli × features). Save one field, "
          + "np.save(f, a['" + (names.isEmpty() ? "field" : names.get(0)) + "']), or "
          + "numpy.lib.recfunctions.structured_to_unstructured(a)");
    }
    if (!d.find() || !f.find() || !s.find()) {
      throw new DataFormatException(file, "corrupt .npy header (expected descr, fortran_order and "
          + "shape): " + header.strip());
    }
    NpyDtype dtype = NpyDtype.parse(d.group(1));
    if (dtype == null) {
      throw new DataFormatException(file, "unsupported dtype '" + d.group(1) + "'; expected a "
          + "numeric type (float16/32/64, int8–64, uint8–64, bool). Convert with "
          + "array.astype('float32')");
    }
    String body = s.group(1).strip();
    long[] shape;
    if (body.isEmpty()) {
      shape = new long[0];
    } else {
      String[] parts = body.split(",");
      int count = 0;
      for (String p : parts) {
        if (!p.isBlank()) {
          count++;
        }
      }
      shape = new long[count];
      int k = 0;
      for (String p : parts) {
        if (!p.isBlank()) {
          try {
            shape[k] = Long.parseLong(p.strip().replace("L", ""));
          } catch (NumberFormatException e) {
            throw new DataFormatException(file, "corrupt .npy shape '(" + body + ")'");
          }
          if (shape[k] < 0) {
            throw new DataFormatException(file, "corrupt .npy shape '(" + body + ")'");
          }
          k++;
        }
      }
    }
    return new NpyHeader(dtype, f.group(1).equals("True"), shape, offset);
  }

  public static String shapeText(long[] shape) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(shape[i]);
    }
    return sb.append(shape.length == 1 ? ",)" : ")").toString();
  }

  private static void readFully(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
    long p = pos;
    while (buf.hasRemaining()) {
      int n = ch.read(buf, p);
      if (n < 0) {
        break;
      }
      p += n;
    }
  }

  /** The header text numpy would write for {@code shape} in C order. */
  public static byte[] encode(NpyDtype dtype, long[] shape) {
    String dict = "{'descr': '" + dtype.descr() + "', 'fortran_order': False, 'shape': "
        + shapeText(shape) + ", }";
    int total = 10 + dict.length() + 1;
    int pad = (64 - total % 64) % 64;
    boolean v2 = dict.length() + 1 + pad > 65535;
    if (v2) {
      total = 12 + dict.length() + 1;
      pad = (64 - total % 64) % 64;
    }
    String text = dict + " ".repeat(pad) + "\n";
    byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer b = ByteBuffer.allocate((v2 ? 12 : 10) + t.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put(MAGIC).put((byte) (v2 ? 2 : 1)).put((byte) 0);
    if (v2) {
      b.putInt(t.length);
    } else {
      b.putShort((short) t.length);
    }
    b.put(t);
    return b.array();
  }
}
