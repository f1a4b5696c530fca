package org.brainalign.support.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.RgbImage;

/**
 * Decodes a PNG, JPEG, BMP, GIF, TIFF or WebP file to 8-bit RGB as PIL 9.4's
 * {@code Image.open(f).convert("RGB")} does (torchvision's {@code pil_loader}): no colour management,
 * no gamma. The format is told by the file's first bytes, as PIL does, not by its name.
 *
 * <ul>
 *   <li>8-bit grey (any format): the grey value copied into R, G and B. Java's
 *       {@code BufferedImage.getRGB} would instead treat it as linear light and sRGB-encode it,
 *       brightening mid-greys; this class never calls it.
 *   <li>1-, 2- and 4-bit grey PNG: scaled to 0..255 (×255, ×85, ×17), as PIL's {@code L;2}/{@code L;4}.
 *   <li>16-bit grey (PNG, TIFF): PIL opens it in mode {@code I} or {@code I;16} and
 *       {@code convert("RGB")} <em>clips</em> each value to 0..255 (it does not rescale), so a
 *       full-range 16-bit image comes out mostly white. Reproduced as such, because that is what
 *       PIL-based pipelines feed their models; {@link ImageFiles#decodingWarning} says so at run
 *       time. Convert such stimuli to 8 bits beforehand if that is not wanted.
 *   <li>16-bit RGB, RGBA and grey+alpha PNG, 16-bit RGB TIFF: the most significant byte of each
 *       sample (PIL's {@code ;16B}/{@code ;16L} raw modes).
 *   <li>Palette (PNG {@code PLTE}, BMP, GIF, TIFF): the palette's RGB; transparency is ignored, as
 *       {@code convert("RGB")} from mode {@code P} does.
 *   <li>Alpha (RGBA, grey+alpha, {@code tRNS}, WebP's alpha): dropped, not composited over any
 *       background.
 *   <li>GIF: the first frame only, on a canvas of the logical screen's size filled with the frame's
 *       transparent index (else index 0), as PIL's frame 0.
 *   <li>TIFF: image 0 of a multi-page file; uncompressed, LZW, deflate and PackBits (the JDK's
 *       reader); CMYK by PIL's {@code R = (255 − K) − C(255 − K)/255}. Floating-point and 32-bit
 *       samples are refused (save them as 8-bit).
 *   <li>WebP, lossless and lossy, by TwelveMonkeys' reader. Lossless is exact; lossy decoding of
 *       the same bitstream differs from libwebp's (PIL's) by a few grey levels where chroma is
 *       upsampled (see {@code ImageDecodingGoldenTest}).
 *   <li>{@code gAMA}, {@code iCCP}, {@code sRGB} chunks and ICC profiles: ignored, as PIL does.
 *   <li>CMYK and YCCK JPEG (Adobe): decoded to ink values by TwelveMonkeys' reader, then PIL's
 *       conversion {@code R = (255 − K) − C(255 − K)/255} (rounded as PIL's {@code MULDIV255}).
 * </ul>
 *
 * <p>JPEG's inverse DCT and chroma upsampling run in the JDK's IJG libjpeg 6b; PIL uses
 * libjpeg-turbo. Both use the accurate integer IDCT and "fancy" upsampling; on the golden files
 * (grey, 4:2:0, 4:2:2, 4:4:4, progressive) the arrays are identical, and CMYK/YCCK files agree to
 * within 1 level per sample (see {@code ImageDecodingGoldenTest}). Other encoders' JPEGs (e.g.
 * arithmetic coding, 12-bit) are not covered by these tests.
 *
 * <p>Truncated or corrupt files are refused, as PIL refuses them (PIL's {@code LOAD_TRUNCATED_IMAGES}
 * is off by default): libjpeg's "premature end of data" warning, which Java alone would pass over and
 * fill the rest of the picture with grey, is an error here.
 */
public final class ImageDecoding {
  private ImageDecoding() {}

  /**
   * Reads one image file, recognised by its first bytes (not its name).
   *
   * @param file the image file; a symbolic link is followed
   * @return its pixels, {@code (height × width × 3)} interleaved 8-bit RGB
   * @throws InvalidInputException when {@code file} is missing, a folder, a dangling symbolic link or
   *     one that loops back on itself, or cannot be read
   * @throws DataFormatException naming the file when it is none of {@link ImageFormat#supported()},
   *     or truncated or corrupt
   */
  public static RgbImage read(Path file) {
    checkReadable(file);
    byte[] head = ImageFormat.head(file, ImageFormat.HEAD);
    int n = head.length;
    ImageFormat format = ImageFormat.sniff(head, n);
    if (format == null) {
      ImageFormat named = ImageFormat.byName(file);
      throw new DataFormatException(file, "expected " + (named == null ? "an image"
          : "a " + named.label() + " image, as its name says") + ", found " + (n == 0
          ? "an empty file" : "other bytes (no PNG, JPEG, BMP, GIF, TIFF or WebP signature)")
          + "; supported formats: " + ImageFormat.supported() + ". Convert it to one of them, "
          + "export it again, or remove it from the folder");
    }
    return switch (format) {
      case PNG -> PngDecoder.read(file);
      case JPEG -> JpegDecoder.read(file);
      case GIF -> GifDecoder.read(file);
      case BMP -> RasterRgb.convert(file, format, Decoders.decode(file, "bmp", null));
      case TIFF -> TiffDecoder.read(file);
      case WEBP -> WebpDecoder.read(file);
    };
  }

  /**
   * Fails unless {@code file} is a readable regular file (a symbolic link is followed).
   *
   * @throws InvalidInputException for a missing file, a folder, a dangling or looping symbolic link
   */
  public static void checkReadable(Path file) {
    if (Files.isRegularFile(file)) {
      return;
    }
    if (Files.isSymbolicLink(file)) {
      String target;
      try {
        target = Files.readSymbolicLink(file).toString();
      } catch (IOException e) {
        target = "?";
      }
      Path resolved = file.resolveSibling(target);
      boolean loops = Files.exists(resolved, LinkOption.NOFOLLOW_LINKS);
      throw InvalidInputException.of(file.toString(), "an image file",
          loops ? "a symbolic link to " + target + " that never reaches a file (it loops)"
              : "a dangling symbolic link to " + target + ", which does not exist",
          "Point the link at the image or remove it from the folder.");
    }
    throw InvalidInputException.of(file.toString(), "an image file",
        Files.isDirectory(file) ? "a folder" : "nothing there",
        "Check the path; remove the entry from the folder if it is not a stimulus.");
  }
}
