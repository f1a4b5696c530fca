package org.brainalign.support.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.model.RgbImage;

/**
 * Decodes one image file (PNG or JPEG) to 8-bit RGB: grey and palette images are expanded, alpha is
 * dropped. Shared by the host's image folders and dataset plugins that read stimulus files.
 */
public final class ImageDecoding {

  private ImageDecoding() {}

  /**
   * @throws DataFormatException naming the file when it cannot be decoded
   */
  public static RgbImage read(Path file) {
    BufferedImage img;
    try {
      img = ImageIO.read(file.toFile());
    } catch (IOException e) {
      throw new DataFormatException(file, "cannot decode image: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // ImageIO's decoders may throw JDK exceptions on corrupt files.
      throw new DataFormatException(file, "corrupt image (" + e + "); convert it again or remove "
          + "it", e);
    }
    if (img == null) {
      throw new DataFormatException(file, "not a PNG or JPEG image that Java can decode; convert "
          + "it or remove it");
    }
    int w = img.getWidth();
    int h = img.getHeight();
    int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
    byte[] px = new byte[w * h * 3];
    for (int i = 0; i < argb.length; i++) {
      px[3 * i] = (byte) (argb[i] >> 16);
      px[3 * i + 1] = (byte) (argb[i] >> 8);
      px[3 * i + 2] = (byte) argb[i];
    }
    return new RgbImage(w, h, px);
  }
}
