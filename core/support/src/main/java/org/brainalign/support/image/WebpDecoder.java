package org.brainalign.support.image;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.RgbImage;

/**
 * WebP files (lossy VP8, lossless VP8L, with or without alpha) to RGB as PIL 9.4 does; see
 * {@link ImageDecoding}. TwelveMonkeys' reader is created here from its provider, so it works without
 * ImageIO's registry (inside a plugin's class loader too).
 */
final class WebpDecoder {
  private WebpDecoder() {}

  static RgbImage read(Path file) {
    checkLength(file);
    return RasterRgb.convert(file, ImageFormat.WEBP,
        Decoders.decode(file, new WebPImageReaderSpi().createReaderInstance(null), null));
  }

  /**
   * Refuses a file shorter than its RIFF header says, as libwebp does: TwelveMonkeys' lossless
   * decoder would otherwise fill a cut-off picture in without a word.
   */
  private static void checkLength(Path file) {
    long size;
    byte[] head = new byte[8];
    try (var in = Files.newInputStream(file)) {
      size = Files.size(file);
      in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    long riff = (head[4] & 0xFFL) | (head[5] & 0xFFL) << 8 | (head[6] & 0xFFL) << 16
        | (head[7] & 0xFFL) << 24;
    if (size < riff + 8) {
      throw Decoders.corrupt(file, "the RIFF header announces " + (riff + 8) + " bytes, the file "
          + "holds " + size, null);
    }
  }
}
