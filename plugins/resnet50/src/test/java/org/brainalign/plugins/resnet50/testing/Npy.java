package org.brainalign.plugins.resnet50.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads little-endian float32 C-order .npy files written by numpy (test fixtures only). */
public record Npy(int[] shape, float[] data) {
  private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

  public static Npy read(Path file) {
    try {
      return parse(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data bytes of a C-order uint8 .npy file (shape not checked). */
  public static byte[] readBytes(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      int headerLen = bytes[6] == 1 ? (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8
          : ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(8);
      int start = bytes[6] == 1 ? 10 : 12;
      String header = new String(bytes, start, headerLen, StandardCharsets.US_ASCII);
      if (!header.contains("'|u1'") || header.contains("'fortran_order': True")) {
        throw new IllegalArgumentException(file + ": expected C-order |u1, found " + header);
      }
      return Arrays.copyOfRange(bytes, start + headerLen, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Npy resource(String name) {
    try (InputStream in = Npy.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return parse(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Npy parse(byte[] bytes, String name) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int major = bytes[6];
    int headerLen = major == 1 ? (b.getShort(8) & 0xffff) : b.getInt(8);
    int start = major == 1 ? 10 : 12;
    String header = new String(bytes, start, headerLen, StandardCharsets.US_ASCII);
    if (!header.contains("'<f4'") || header.contains("'fortran_order': True")) {
      throw new IllegalArgumentException(name + ": expected C-order <f4, found " + header);
    }
    Matcher m = SHAPE.matcher(header);
    if (!m.find()) {
      throw new IllegalArgumentException(name + ": no shape in " + header);
    }
    int[] shape = Arrays.stream(m.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .mapToInt(Integer::parseInt).toArray();
    int n = Arrays.stream(shape).reduce(1, (x, y) -> x * y);
    float[] data = new float[n];
    b.position(start + headerLen);
    b.asFloatBuffer().get(data);
    return new Npy(shape, data);
  }

  /** Row {@code i} of a 2-D (or more) array flattened after the first axis. */
  public float[] row(int i) {
    int len = data.length / shape[0];
    return Arrays.copyOfRange(data, i * len, (i + 1) * len);
  }
}
