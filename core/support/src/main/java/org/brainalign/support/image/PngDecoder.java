package org.brainalign.support.image;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.model.RgbImage;

/** PNG files to RGB as PIL 9.4 does; see {@link ImageDecoding} for the rules. */
final class PngDecoder {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private PngDecoder() {}

  static boolean isPng(byte[] head) {
    for (int i = 0; i < SIGNATURE.length; i++) {
      if (head[i] != SIGNATURE[i]) {
        return false;
      }
    }
    return true;
  }

  static RgbImage read(Path file) {
    int[] ihdr = header(file);
    int bitDepth = ihdr[0];
    int colourType = ihdr[1];
    BufferedImage img = Decoders.decode(file, "png", null);
    Raster r = img.getRaster();
    int w = r.getWidth();
    int h = r.getHeight();
    int bands = r.getNumBands();
    int[] s = r.getPixels(0, 0, w, h, (int[]) null);
    byte[] px = new byte[w * h * 3];
    if (img.getColorModel() instanceof IndexColorModel icm && bands == 1) {
      // Palette, and grey below 8 bits (the JDK gives those a grey-ramp palette: 0, 85, 170, 255 at
      // 2 bits, as PIL's L;2 scaling).
      for (int i = 0; i < w * h; i++) {
        int k = s[i];
        px[3 * i] = (byte) icm.getRed(k);
        px[3 * i + 1] = (byte) icm.getGreen(k);
        px[3 * i + 2] = (byte) icm.getBlue(k);
      }
      return new RgbImage(w, h, px);
    }
    boolean grey = colourType == 0 || colourType == 4;
    // PIL: 16-bit grey without alpha is mode I, clipped to 0..255 by convert("RGB"); every other
    // 16-bit mode keeps the most significant byte.
    boolean clip = bitDepth == 16 && colourType == 0;
    int shift = bitDepth == 16 && !clip ? 8 : 0;
    int colours = grey ? 1 : 3;
    if (bands < colours) {
      throw new DataFormatException(file, "PNG colour type " + colourType + " decoded to " + bands
          + " band(s); convert it to 8-bit RGB");
    }
    for (int i = 0; i < w * h; i++) {
      for (int c = 0; c < 3; c++) {
        int v = s[i * bands + (grey ? 0 : c)];
        v = clip ? Math.min(v, 255) : v >> shift;
        px[3 * i + c] = (byte) v;
      }
    }
    return new RgbImage(w, h, px);
  }

  /** Bit depth and colour type from IHDR, which the PNG standard puts first. */
  private static int[] header(Path file) {
    byte[] b = new byte[26];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(b, 0, b.length);
    } catch (IOException e) {
      throw new DataFormatException(file, "cannot read the PNG header: " + e.getMessage(), e);
    }
    if (n < b.length || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
      throw new DataFormatException(file, "a PNG signature without an IHDR chunk after it: the file "
          + "is truncated or corrupt; export it again");
    }
    return new int[] {b[24] & 0xFF, b[25] & 0xFF};
  }
}
