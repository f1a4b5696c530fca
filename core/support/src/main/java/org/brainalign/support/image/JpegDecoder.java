package org.brainalign.support.image;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;
import org.brainalign.api.model.RgbImage;

/**
 * JPEG files to RGB as PIL 9.4 does; see {@link ImageDecoding}.
 *
 * <p>TwelveMonkeys' reader is created here, from this class's own class loader, and wired to the
 * JDK's reader (which it wraps for the entropy decoding and IDCT) through a private
 * {@link ServiceRegistry}: it works the same in the host's class path and inside a plugin that
 * bundles this library, whatever ImageIO's global registry has picked up, and changes nothing there.
 */
final class JpegDecoder {
  private static final JPEGImageReaderSpi SPI = wiredProvider();

  private JpegDecoder() {}

  static RgbImage read(Path file) {
    ImageReader reader;
    try {
      reader = SPI.createReaderInstance(null);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the JPEG reader", e);
    }
    ImageTypeSpecifier cmyk = cmykType(file, reader);
    BufferedImage img = Decoders.decode(file, reader, cmyk);
    Raster r = img.getRaster();
    int w = r.getWidth();
    int h = r.getHeight();
    int bands = r.getNumBands();
    int[] s = r.getPixels(0, 0, w, h, (int[]) null);
    byte[] px = new byte[w * h * 3];
    if (cmyk != null) {
      // The reader gives the samples as stored, in Adobe's inverted convention (255 = no ink);
      // PIL reads CMYK JPEGs as "CMYK;I" (inverted) whatever their markers say, then converts.
      for (int i = 0; i < w * h; i++) {
        int nk = s[4 * i + 3]; // 255 − K
        for (int c = 0; c < 3; c++) {
          px[3 * i + c] = (byte) clip8(nk - mulDiv255(255 - s[4 * i + c], nk));
        }
      }
    } else if (bands == 1) {
      for (int i = 0; i < w * h; i++) {
        px[3 * i] = px[3 * i + 1] = px[3 * i + 2] = (byte) s[i];
      }
    } else if (bands == 3) {
      for (int i = 0; i < 3 * w * h; i++) {
        px[i] = (byte) s[i];
      }
    } else {
      throw new org.brainalign.api.DataFormatException(file, "a JPEG with " + bands
          + " colour components that is neither grey, YCbCr/RGB, CMYK nor YCCK; convert it to RGB");
    }
    return new RgbImage(w, h, px);
  }

  /** PIL's MULDIV255: a·b/255 rounded, in integers. */
  static int mulDiv255(int a, int b) {
    int t = a * b + 128;
    return ((t >> 8) + t) >> 8;
  }

  private static int clip8(int v) {
    return v < 0 ? 0 : Math.min(v, 255);
  }

  /** The reader's raw CMYK destination type when the file is CMYK or YCCK, else null. */
  private static ImageTypeSpecifier cmykType(Path file, ImageReader reader) {
    try (javax.imageio.stream.ImageInputStream in =
        javax.imageio.ImageIO.createImageInputStream(file.toFile())) {
      reader.setInput(in, true, false);
      Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
      while (types.hasNext()) {
        ImageTypeSpecifier t = types.next();
        if (t.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
          return t;
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      throw Decoders.corrupt(file, String.valueOf(e.getMessage()), e);
    } finally {
      reader.setInput(null);
    }
  }

  private static JPEGImageReaderSpi wiredProvider() {
    ImageReaderSpi jdk = null;
    Iterator<ImageReaderSpi> all =
        IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, false);
    while (all.hasNext()) {
      ImageReaderSpi p = all.next();
      if (p.getClass().getName().equals("com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi")) {
        jdk = p;
      }
    }
    if (jdk == null) {
      throw new IllegalStateException("this Java runtime has no built-in JPEG reader");
    }
    ServiceRegistry own = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
    own.registerServiceProvider(jdk, ImageReaderSpi.class);
    JPEGImageReaderSpi spi = new JPEGImageReaderSpi();
    own.registerServiceProvider(spi, ImageReaderSpi.class); // onRegistration finds the JDK reader
    return spi;
  }
}
