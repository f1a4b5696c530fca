package org.brainalign.support.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the (height × width × 3) uint8 .npy files the fixture script writes. */
final class PilArrays {
  private static final Pattern SHAPE = Pattern.compile("'shape': \\((\\d+), (\\d+), 3\\)");

  private PilArrays() {}

  /** Height, width and the interleaved bytes, checked to be C-order uint8. */
  record Rgb(int height, int width, byte[] pixels) {}

  static Rgb read(Path npy) throws IOException {
    byte[] b = Files.readAllBytes(npy);
    int headerLen = (b[8] & 0xFF) | (b[9] & 0xFF) << 8;
    String header = new String(b, 10, headerLen, StandardCharsets.ISO_8859_1);
    if (!header.contains("'descr': '|u1'") || !header.contains("'fortran_order': False")) {
      throw new IOException(npy + ": not a C-order uint8 array: " + header);
    }
    Matcher m = SHAPE.matcher(header);
    if (!m.find()) {
      throw new IOException(npy + ": not (h, w, 3): " + header);
    }
    int h = Integer.parseInt(m.group(1));
    int w = Integer.parseInt(m.group(2));
    byte[] px = java.util.Arrays.copyOfRange(b, 10 + headerLen, b.length);
    if (px.length != h * w * 3) {
      throw new IOException(npy + ": " + px.length + " bytes for " + h + "×" + w + "×3");
    }
    return new Rgb(h, w, px);
  }
}
