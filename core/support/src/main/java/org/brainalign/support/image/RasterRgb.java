package org.brainalign.support.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.model.RgbImage;

/**
 * A decoded BMP, TIFF, WebP or GIF frame to 8-bit RGB with PIL 9.4's {@code convert("RGB")} rules;
 * see {@link ImageDecoding}. Works on the raster's stored samples, never on {@code getRGB}, which
 * would colour-manage them.
 */
final class RasterRgb {
  private RasterRgb() {}

  static RgbImage convert(Path file, ImageFormat format, BufferedImage img) {
    ColorModel cm = img.getColorModel();
    Raster r = img.getRaster();
    int w = r.getWidth();
    int h = r.getHeight();
    int bands = r.getNumBands();
    int bits = r.getSampleModel().getSampleSize(0);
    int[] s = r.getPixels(0, 0, w, h, (int[]) null);
    byte[] px = new byte[w * h * 3];
    int space = cm.getColorSpace().getType();
    if (cm instanceof IndexColorModel icm && bands == 1) {
      for (int i = 0; i < w * h; i++) {
        px[3 * i] = (byte) icm.getRed(s[i]);
        px[3 * i + 1] = (byte) icm.getGreen(s[i]);
        px[3 * i + 2] = (byte) icm.getBlue(s[i]);
      }
    } else if (cm instanceof DirectColorModel && bands >= 3) {
      // Packed BMP pixels (5-6-5, 8-8-8-8): each field scaled to 0..255 as PIL's unpackers do.
      int[] max = new int[3];
      for (int c = 0; c < 3; c++) {
        max[c] = (1 << r.getSampleModel().getSampleSize(c)) - 1;
      }
      for (int i = 0; i < w * h; i++) {
        for (int c = 0; c < 3; c++) {
          px[3 * i + c] = (byte) (s[i * bands + c] * 255 / max[c]);
        }
      }
    } else if (bits > 16 || bits < 8) {
      throw new DataFormatException(file, "a " + format.label() + " image with " + bits + "-bit "
          + "samples, which this reader does not convert to 8-bit RGB (PIL's own conversion of such "
          + "images rarely does what is meant); save it with 8-bit samples (RGB or grey)");
    } else if (space == ColorSpace.TYPE_CMYK && bands >= 4) {
      // PIL's cmyk2rgb: R = (255 − K) − C(255 − K)/255, from ink values (255 = full ink).
      for (int i = 0; i < w * h; i++) {
        int nk = 255 - s[bands * i + 3];
        for (int c = 0; c < 3; c++) {
          int v = nk - JpegDecoder.mulDiv255(s[bands * i + c], nk);
          px[3 * i + c] = (byte) Math.max(v, 0);
        }
      }
    } else if (space == ColorSpace.TYPE_GRAY && bands <= 2) {
      // 16-bit grey is PIL's mode I;16, which convert("RGB") clips to 255 (it does not rescale).
      for (int i = 0; i < w * h; i++) {
        int v = Math.min(s[bands * i], 255);
        px[3 * i] = px[3 * i + 1] = px[3 * i + 2] = (byte) v;
      }
    } else if (space == ColorSpace.TYPE_RGB && bands >= 3) {
      // Alpha dropped, not composited; 16-bit RGB keeps the high byte (PIL's RGB;16 raw modes).
      int shift = bits - 8;
      for (int i = 0; i < w * h; i++) {
        for (int c = 0; c < 3; c++) {
          px[3 * i + c] = (byte) (s[bands * i + c] >> shift);
        }
      }
    } else {
      throw new DataFormatException(file, "a " + format.label() + " image with " + bands
          + " band(s) in colour space type " + space + ", which is neither grey, RGB, CMYK nor a "
          + "palette; save it as 8-bit RGB");
    }
    return new RgbImage(w, h, px);
  }
}
