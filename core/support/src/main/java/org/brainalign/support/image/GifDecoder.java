package org.brainalign.support.image;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.model.RgbImage;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The first frame of a GIF to RGB as PIL 9.4 does; see {@link ImageDecoding}. PIL's frame 0 is the
 * size of the logical screen (grown to hold the frame when it sticks out), filled with the
 * transparent index where the frame declares one, else index 0, with the frame drawn at its offset;
 * the JDK's reader gives the frame alone, so the canvas is rebuilt here.
 */
final class GifDecoder {
  private static final String STREAM = "javax_imageio_gif_stream_1.0";
  private static final String IMAGE = "javax_imageio_gif_image_1.0";

  private GifDecoder() {}

  static RgbImage read(Path file) {
    Decoders.Decoded d = Decoders.decode(file, Decoders.jdkReader("gif"), null, true);
    BufferedImage frame = d.image();
    if (!(frame.getColorModel() instanceof IndexColorModel icm)) {
      throw new DataFormatException(file, "a GIF frame without a colour table; save it again");
    }
    Element screen = child(d.stream().getAsTree(STREAM), "LogicalScreenDescriptor");
    Node image = d.frame().getAsTree(IMAGE);
    Element at = child(image, "ImageDescriptor");
    Element control = child(image, "GraphicControlExtension");
    int x0 = number(at, "imageLeftPosition");
    int y0 = number(at, "imageTopPosition");
    int w = Math.max(screen == null ? 0 : number(screen, "logicalScreenWidth"), x0 + frame.getWidth());
    int h = Math.max(screen == null ? 0 : number(screen, "logicalScreenHeight"),
        y0 + frame.getHeight());
    int fill = control != null && "TRUE".equals(control.getAttribute("transparentColorFlag"))
        ? number(control, "transparentColorIndex") : 0;
    int fw = frame.getWidth();
    int[] index = frame.getRaster().getPixels(0, 0, fw, frame.getHeight(), (int[]) null);
    byte[] px = new byte[w * h * 3];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int fx = x - x0;
        int fy = y - y0;
        boolean inside = fx >= 0 && fy >= 0 && fx < fw && fy < frame.getHeight();
        int k = inside ? index[fy * fw + fx] : fill;
        int i = 3 * (y * w + x);
        px[i] = (byte) icm.getRed(k);
        px[i + 1] = (byte) icm.getGreen(k);
        px[i + 2] = (byte) icm.getBlue(k);
      }
    }
    return new RgbImage(w, h, px);
  }

  private static Element child(Node parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeName().equals(name)) {
        return (Element) n;
      }
    }
    return null;
  }

  private static int number(Element e, String attribute) {
    return Integer.parseInt(e.getAttribute(attribute));
  }
}
