package org.brainalign.formats.npy;

import java.nio.ByteOrder;

/**
 * A numpy array-protocol type string such as {@code <f4}: kind, item size and byte order.
 *
 * @param kind {@code f} float, {@code i} signed integer, {@code u} unsigned integer, {@code b} bool
 * @param size bytes per element
 * @param order byte order of multi-byte elements
 */
public record NpyDtype(char kind, int size, ByteOrder order) {

  /** Parses a descr string; returns {@code null} when it is not a supported numeric type. */
  public static NpyDtype parse(String descr) {
    if (descr.length() < 3) {
      return null;
    }
    char endian = descr.charAt(0);
    char kind = descr.charAt(1);
    int size;
    try {
      size = Integer.parseInt(descr.substring(2));
    } catch (NumberFormatException e) {
      return null;
    }
    ByteOrder order = switch (endian) {
      case '<', '|' -> ByteOrder.LITTLE_ENDIAN;
      case '>' -> ByteOrder.BIG_ENDIAN;
      case '=' -> ByteOrder.nativeOrder();
      default -> null;
    };
    if (order == null) {
      return null;
    }
    boolean ok = switch (kind) {
      case 'f' -> size == 2 || size == 4 || size == 8;
      case 'i', 'u' -> size == 1 || size == 2 || size == 4 || size == 8;
      case 'b' -> size == 1;
      default -> false;
    };
    return ok ? new NpyDtype(kind, size, order) : null;
  }

  /** The descr string numpy writes, e.g. {@code <f4}. */
  public String descr() {
    char endian = size == 1 ? '|' : order == ByteOrder.LITTLE_ENDIAN ? '<' : '>';
    return "" + endian + kind + size;
  }

  public static final NpyDtype FLOAT32 = new NpyDtype('f', 4, ByteOrder.LITTLE_ENDIAN);
  public static final NpyDtype FLOAT64 = new NpyDtype('f', 8, ByteOrder.LITTLE_ENDIAN);
  public static final NpyDtype FLOAT16 = new NpyDtype('f', 2, ByteOrder.LITTLE_ENDIAN);
}
