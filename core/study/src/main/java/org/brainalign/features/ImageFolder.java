package org.brainalign.features;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.brainalign.api.InvalidInputException;
import org.brainalign.support.digest.Sha256;
import org.brainalign.support.image.ImageDecoding;
import org.brainalign.support.image.ImageFileSource;
import org.brainalign.support.image.ImageFiles;
import org.brainalign.support.image.ImageFormat;

/**
 * The images of one folder in file-name order (not recursive), decoded one at a time to 8-bit RGB
 * exactly as PIL's {@code convert("RGB")} does ({@link ImageDecoding}). The stimulus id is the file
 * name. Every file is listed or refused by name ({@link ImageFiles#list}): a file that is no image,
 * or a symbolic link named like an image that leads nowhere, is an error when the folder is opened,
 * not a stimulus silently left out.
 */
public final class ImageFolder extends ImageFileSource {
  private final Path dir;
  private final Optional<String> decodingWarning;

  private ImageFolder(Path dir, List<Path> files) {
    super(files);
    this.dir = dir;
    this.decodingWarning = ImageFiles.decodingWarning(files);
  }

  /**
   * Lists {@code dir}.
   *
   * @throws InvalidInputException when it is not a folder, holds no image, or holds a file that is
   *     not named like an image
   */
  public static ImageFolder open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw InvalidInputException.of("--images " + dir, "a folder of image files",
          Files.exists(dir) ? "a file" : "nothing there", "Point --images at the stimulus folder.");
    }
    List<Path> files = ImageFiles.listOrRefuse(dir, "");
    if (files.isEmpty()) {
      throw InvalidInputException.of("--images " + dir, "at least one image file ("
          + ImageFormat.supported() + ")", "none", "Put the stimuli there, one image per file; "
          + "names set the row order.");
    }
    return new ImageFolder(dir, files);
  }


  /**
   * SHA-256 of every file's name and content digest, in row order: a partial feature store is
   * resumed only over the same images (an image edited between the interruption and the resume,
   * even to the same size, starts the store over). Hashing streams at about 1 GB/s, far faster than
   * decoding the images.
   */
  public String fingerprint() {
    StringBuilder sb = new StringBuilder();
    for (Path f : imageFiles()) {
      try {
        sb.append(f.getFileName()).append('\t').append(Sha256.of(f)).append('\n');
      } catch (java.io.UncheckedIOException e) {
        throw new InvalidInputException("cannot read " + f + ": " + e.getCause().getMessage(), e);
      }
    }
    return Sha256.of(sb.toString());
  }

  /**
   * What the run must say once when some images are 16-bit, which decoding reduces to 8 bits as PIL
   * does ({@link ImageFiles#decodingWarning}); empty when every image is 8-bit.
   */
  public Optional<String> decodingWarning() {
    return decodingWarning;
  }

  /** The folder. */
  public Path dir() {
    return dir;
  }
}
