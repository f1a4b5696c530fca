package org.brainalign.support.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.brainalign.api.DataFormatException;

/** Runs one ImageIO reader over one file, turning its failures and warnings into errors. */
final class Decoders {
  private Decoders() {}

  /**
   * Decodes image 0 of {@code file} with the JDK's reader for {@code format}.
   *
   * @param type the destination type, or null for the reader's default
   */
  static BufferedImage decode(Path file, String format, ImageTypeSpecifier type) {
    return decode(file, jdkReader(format), type);
  }

  /** The JDK's own reader for {@code format} (not one a library registered with ImageIO). */
  static ImageReader jdkReader(String format) {
    Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName(format);
    ImageReader reader = null;
    while (it.hasNext()) {
      ImageReader r = it.next();
      if (reader == null || r.getClass().getName().startsWith("com.sun.imageio.")) {
        reader = r;
      }
    }
    if (reader == null) {
      throw new IllegalStateException("this Java runtime has no " + format + " reader");
    }
    return reader;
  }

  /** Image 0 of a file and the metadata its reader found. */
  record Decoded(BufferedImage image, IIOMetadata stream, IIOMetadata frame) {}

  /** Decodes image 0 of {@code file} with {@code reader}, which is disposed of afterwards. */
  static BufferedImage decode(Path file, ImageReader reader, ImageTypeSpecifier type) {
    return decode(file, reader, type, false).image();
  }

  /**
   * Decodes image 0 of {@code file} with {@code reader}, which is disposed of afterwards.
   *
   * @param metadata whether to return the stream's and the image's metadata too
   */
  static Decoded decode(Path file, ImageReader reader, ImageTypeSpecifier type, boolean metadata) {
    List<String> warnings = new ArrayList<>();
    reader.addIIOReadWarningListener((source, message) -> warnings.add(message));
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      reader.setInput(in, true, false);
      ImageReadParam param = reader.getDefaultReadParam();
      if (type != null) {
        param.setDestinationType(type);
      }
      BufferedImage img = reader.read(0, param);
      for (String w : warnings) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.contains("premature end") || lower.contains("truncat")) {
          throw corrupt(file, w, null);
        }
      }
      return metadata ? new Decoded(img, reader.getStreamMetadata(), reader.getImageMetadata(0))
          : new Decoded(img, null, null);
    } catch (IIOException e) {
      throw corrupt(file, message(e), e);
    } catch (IOException e) {
      throw corrupt(file, message(e), e);
    } catch (RuntimeException e) {
      if (e instanceof DataFormatException d) {
        throw d;
      }
      // Decoders throw JDK exceptions (ArrayIndexOutOfBounds, IllegalArgument) on some corrupt files.
      throw corrupt(file, e.toString(), e);
    } finally {
      reader.dispose();
    }
  }

  static DataFormatException corrupt(Path file, String why, Throwable cause) {
    return new DataFormatException(file, "truncated or corrupt image (" + why + "); PIL refuses it "
        + "too. Export it again or remove it from the folder", cause);
  }

  private static String message(Throwable e) {
    StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      sb.append(": ").append(c.getMessage() != null ? c.getMessage() : c.getClass().getSimpleName());
    }
    return sb.toString();
  }
}
