package org.brainalign.support.image;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.model.RgbImage;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Image 0 of a TIFF to RGB as PIL 9.4 does; see {@link ImageDecoding}. Decoded by the JDK's reader;
 * a palette is rebuilt from the file's 16-bit {@code ColorMap} by keeping each entry's high byte, as
 * PIL does ({@code b // 256}), where the JDK's reader rounds {@code b × 255 / 65535} instead.
 */
final class TiffDecoder {
  private static final String FORMAT = "javax_imageio_tiff_image_1.0";
  private static final String COLOR_MAP = "320";

  private TiffDecoder() {}

  static RgbImage read(Path file) {
    Decoders.Decoded d = Decoders.decode(file, Decoders.jdkReader("tiff"), null, true);
    BufferedImage img = d.image();
    if (img.getColorModel() instanceof IndexColorModel icm) {
      int[] map = colourMap(d.frame().getAsTree(FORMAT));
      if (map != null) {
        int n = map.length / 3;
        if (n < icm.getMapSize()) {
          throw new DataFormatException(file, "a TIFF colour map of " + n + " entries for "
              + icm.getMapSize() + " palette indices; save it again");
        }
        byte[][] rgb = new byte[3][n];
        for (int c = 0; c < 3; c++) {
          for (int i = 0; i < n; i++) {
            rgb[c][i] = (byte) (map[c * n + i] >> 8); // ColorMap holds all reds, then greens, blues
          }
        }
        IndexColorModel msb = new IndexColorModel(icm.getPixelSize(), n, rgb[0], rgb[1], rgb[2]);
        img = new BufferedImage(msb, img.getRaster(), false, null);
      }
    }
    return RasterRgb.convert(file, ImageFormat.TIFF, img);
  }

  /** The ColorMap field's values, or null when the file has none. */
  private static int[] colourMap(Node tree) {
    for (Node ifd = tree.getFirstChild(); ifd != null; ifd = ifd.getNextSibling()) {
      for (Node f = ifd.getFirstChild(); f != null; f = f.getNextSibling()) {
        if (f instanceof Element e && COLOR_MAP.equals(e.getAttribute("number"))) {
          Node shorts = e.getFirstChild();
          int n = shorts.getChildNodes().getLength();
          int[] v = new int[n];
          for (int i = 0; i < n; i++) {
            v[i] = Integer.parseInt(((Element) shorts.getChildNodes().item(i)).getAttribute("value"));
          }
          return v;
        }
      }
    }
    return null;
  }
}
