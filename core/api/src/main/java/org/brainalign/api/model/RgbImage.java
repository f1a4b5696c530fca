package org.brainalign.api.model;

/**
 * An 8-bit RGB image.
 *
 * @param width pixels per row
 * @param height rows
 * @param pixels interleaved R, G, B bytes in row-major order, length {@code width * height * 3}
 */
public record RgbImage(int width, int height, byte[] pixels) {

  public RgbImage {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("image size must be positive, found " + width + "×" + height);
    }
    if (pixels.length != width * height * 3) {
      throw new IllegalArgumentException("a " + width + "×" + height + " RGB image needs "
          + width * height * 3 + " bytes, found " + pixels.length);
    }
  }
}
