package org.brainalign.support.image;

import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether a file stores more than 8 bits per sample, read from its header alone (PNG's IHDR, TIFF's
 * first directory), so that a folder can be checked before any image is decoded.
 */
final class SampleDepth {
  private SampleDepth() {}

  /**
   * Whether {@link ImageDecoding#read} will reduce 16-bit samples of {@code file} to 8 bits. False for
   * a file that is no supported image: decoding it is what names the problem.
   */
  static boolean sixteenBit(Path file) {
    byte[] head = ImageFormat.head(file, 26);
    int n = head.length;
    ImageFormat format = ImageFormat.sniff(head, n);
    if (format == ImageFormat.PNG) {
      return n == 26 && (head[24] & 0xFF) == 16;
    }
    return format == ImageFormat.TIFF && tiffBits(file) == 16;
  }

  /** Bits of the first sample of TIFF image 0, or 0 when the reader cannot tell. */
  private static int tiffBits(Path file) {
    ImageReader reader = Decoders.jdkReader("tiff");
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      reader.setInput(in, true, true);
      ImageTypeSpecifier raw = reader.getRawImageType(0);
      return raw == null ? 0 : raw.getSampleModel().getSampleSize(0);
    } catch (IOException | RuntimeException e) {
      return 0; // decoding the file reports it
    } finally {
      reader.dispose();
    }
  }
}
