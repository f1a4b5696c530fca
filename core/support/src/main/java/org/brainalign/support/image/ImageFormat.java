package org.brainalign.support.image;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The image formats a stimulus folder may hold, each known by its file-name extensions (any case)
 * and by its first bytes. {@link ImageDecoding#read} goes by the bytes, as PIL's {@code Image.open}
 * does; {@link ImageFiles#list} goes by the name.
 */
public enum ImageFormat {
  PNG("PNG", "png"),
  JPEG("JPEG", "jpg", "jpeg"),
  BMP("BMP", "bmp"),
  GIF("GIF", "gif"),
  TIFF("TIFF", "tif", "tiff"),
  WEBP("WebP", "webp");

  /** Bytes {@link #sniff} needs to tell every format apart. */
  static final int HEAD = 12;

  private final String label;
  private final List<String> extensions;

  ImageFormat(String label, String... extensions) {
    this.label = label;
    this.extensions = List.of(extensions);
  }

  /** The format a file name says, by its extension in any case, or null for none of these. */
  public static ImageFormat byName(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    for (ImageFormat f : values()) {
      if (f.extensions.contains(ext)) {
        return f;
      }
    }
    return null;
  }

  /**
   * The first {@code bytes} bytes of {@code file} (fewer when the file is shorter), for
   * {@link #sniff} and header checks.
   *
   * @throws org.brainalign.api.InvalidInputException naming the file when it cannot be read
   */
  static byte[] head(java.nio.file.Path file, int bytes) {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      return in.readNBytes(bytes);
    } catch (java.io.IOException e) {
      throw new org.brainalign.api.InvalidInputException(file + ": cannot read ("
          + e.getMessage() + ")", e);
    }
  }

  /**
   * The format whose signature begins {@code head}, or null for none of these.
   *
   * @param n how many bytes of {@code head} were read
   */
  static ImageFormat sniff(byte[] head, int n) {
    if (n >= 8 && PngDecoder.isPng(head)) {
      return PNG;
    }
    if (n >= 3 && u(head, 0) == 0xFF && u(head, 1) == 0xD8 && u(head, 2) == 0xFF) {
      return JPEG;
    }
    if (n >= 2 && head[0] == 'B' && head[1] == 'M') {
      return BMP;
    }
    if (n >= 6 && (starts(head, "GIF87a") || starts(head, "GIF89a"))) {
      return GIF;
    }
    if (n >= 4 && (starts(head, "II*\0") || starts(head, "MM\0*"))) {
      return TIFF;
    }
    if (n >= 12 && starts(head, "RIFF") && head[8] == 'W' && head[9] == 'E' && head[10] == 'B'
        && head[11] == 'P') {
      return WEBP;
    }
    return null;
  }

  /** The formats and their extensions, for messages: {@code PNG (.png), JPEG (.jpg, .jpeg), …}. */
  public static String supported() {
    return Arrays.stream(values()).map(ImageFormat::toString).collect(Collectors.joining(", "));
  }

  /** The format's name and extensions, e.g. {@code JPEG (.jpg, .jpeg)}. */
  @Override
  public String toString() {
    return label + " (" + extensions.stream().map(e -> "." + e).collect(Collectors.joining(", "))
        + ")";
  }

  /** The format's usual name, e.g. {@code WebP}. */
  public String label() {
    return label;
  }

  private static boolean starts(byte[] b, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (b[i] != (byte) s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int u(byte[] b, int i) {
    return b[i] & 0xFF;
  }
}
