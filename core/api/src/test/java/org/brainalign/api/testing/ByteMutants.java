package org.brainalign.api.testing;

import java.util.Arrays;
import java.util.Random;

/**
 * Seeded byte-level mutations of a valid file, for fuzzing a binary reader: random byte and bit
 * flips, truncation, size fields forged to extreme values, inserted, deleted and appended bytes.
 *
 * <p>Every mutant is a pure function of the valid bytes, the field table and the {@link Random}, so
 * a failure is reproduced from the seed printed with it.
 */
public final class ByteMutants {
  /** One mutated file and how it was made. */
  public record Mutant(String description, byte[] bytes) {}

  /** Values a forged integer field takes: zero, one, all ones (-1), the extremes, then random. */
  private static final long[] EXTREMES = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE,
      Integer.MAX_VALUE, Integer.MIN_VALUE, 0xFFFF, 0x7FFF, 0x8000, 0x7FFF_FFFFL, 0xFFFF_FFFFL};

  private final byte[] valid;
  private final int[] fields;
  private final int headerEnd;

  /**
   * @param valid the bytes of a file the reader accepts
   * @param fields byte offsets of the format's size, offset and type fields and of its section
   *     boundaries (forged and truncated at preferentially)
   * @param headerEnd first byte after the header; flips land in the header half of the time
   */
  public ByteMutants(byte[] valid, int[] fields, int headerEnd) {
    this.valid = valid.clone();
    this.fields = fields.clone();
    this.headerEnd = Math.max(1, Math.min(headerEnd, valid.length));
  }

  /**
   * A regression mutant written down as a test case: {@code valid} cut to {@code length} bytes, then
   * the byte edits {@code "offset=value offset=value ..."} applied (none when {@code edits} is null).
   */
  public static byte[] edited(byte[] valid, int length, String edits) {
    byte[] b = Arrays.copyOf(valid, length);
    for (String edit : edits == null ? new String[0] : edits.trim().split(" ")) {
      String[] kv = edit.split("=");
      b[Integer.parseInt(kv[0])] = (byte) Integer.parseInt(kv[1]);
    }
    return b;
  }

  /** The next mutant drawn from {@code rnd}. */
  public Mutant next(Random rnd) {
    byte[] b = valid.clone();
    switch (rnd.nextInt(8)) {
      case 0 -> {
        int k = 1 + rnd.nextInt(8);
        StringBuilder d = new StringBuilder("set bytes");
        for (int i = 0; i < k; i++) {
          int at = position(rnd);
          b[at] = (byte) rnd.nextInt(256);
          d.append(' ').append(at).append('=').append(b[at] & 0xff);
        }
        return new Mutant(d.toString(), b);
      }
      case 1 -> {
        int at = position(rnd);
        int bit = rnd.nextInt(8);
        b[at] ^= (byte) (1 << bit);
        return new Mutant("flip bit " + bit + " of byte " + at, b);
      }
      case 2 -> {
        int len = rnd.nextInt(b.length);
        return new Mutant("truncate to " + len + " bytes", Arrays.copyOf(b, len));
      }
      case 3 -> {
        int len = Math.max(0, Math.min(b.length - 1, fields[rnd.nextInt(fields.length)]
            + rnd.nextInt(3) - 1));
        return new Mutant("truncate at field boundary to " + len + " bytes", Arrays.copyOf(b, len));
      }
      case 4, 5 -> {
        int at = fields[rnd.nextInt(fields.length)];
        int width = new int[] {1, 2, 4, 8}[rnd.nextInt(4)];
        long value = rnd.nextInt(3) == 0 ? rnd.nextLong() : EXTREMES[rnd.nextInt(EXTREMES.length)];
        boolean bigEndian = rnd.nextBoolean();
        for (int i = 0; i < width && at + i < b.length; i++) {
          int shift = 8 * (bigEndian ? width - 1 - i : i);
          b[at + i] = (byte) (value >>> shift);
        }
        return new Mutant("forge " + width + "-byte " + (bigEndian ? "big" : "little")
            + "-endian field at " + at + " = " + value, b);
      }
      case 6 -> {
        int n = 1 + rnd.nextInt(rnd.nextBoolean() ? 8 : 256);
        byte[] out = Arrays.copyOf(b, b.length + n);
        for (int i = b.length; i < out.length; i++) {
          out[i] = (byte) rnd.nextInt(256);
        }
        return new Mutant("append " + n + " random bytes", out);
      }
      default -> {
        int at = position(rnd);
        if (rnd.nextBoolean()) {
          byte[] out = new byte[b.length - 1];
          System.arraycopy(b, 0, out, 0, at);
          System.arraycopy(b, at + 1, out, at, b.length - at - 1);
          return new Mutant("delete byte " + at, out);
        }
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, at);
        out[at] = (byte) rnd.nextInt(256);
        System.arraycopy(b, at, out, at + 1, b.length - at);
        return new Mutant("insert byte " + (out[at] & 0xff) + " at " + at, out);
      }
    }
  }

  private int position(Random rnd) {
    return rnd.nextBoolean() ? rnd.nextInt(headerEnd) : rnd.nextInt(valid.length);
  }
}
