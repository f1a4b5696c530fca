package org.brainalign.plugins.surrogate.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;
import org.brainalign.support.image.ImageDecoding;
import org.brainalign.support.image.ImageFiles;
import org.brainalign.support.image.ImageFormat;

/**
 * The images of one folder (not its subfolders; {@link ImageFiles#list}: every file an image or
 * refused by name, hidden dot-files ignored), sorted by file name; the id of an image is its file
 * name. Decoded on each read, so nothing is held in memory; grey, palette, 16-bit and
 * CMYK files give the same pixels as PIL and {@code brainalign features --images}.
 */
public final class FolderImages implements ImageSource {
  private final Path folder;
  private final List<Path> files;

  private FolderImages(Path folder, List<Path> files) {
    this.folder = folder;
    this.files = files;
  }

  /**
   * @throws InvalidInputException when the folder is missing or holds fewer than 2 images
   */
  public static FolderImages open(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw InvalidInputException.of("option 'folder' of 'surrogate'", "a folder of images",
          "'" + folder + "' (no such folder)", "Give an existing folder, or folder=generated.");
    }
    List<Path> files;
    try {
      files = ImageFiles.list(folder);
    } catch (IOException e) {
      throw new InvalidInputException("option 'folder' of 'surrogate': cannot list " + folder + ": "
          + e.getMessage(), e);
    }
    if (files.size() < 2) {
      throw InvalidInputException.of("option 'folder' of 'surrogate'", "at least 2 image files ("
          + ImageFormat.supported() + ") in " + folder, files.size() + "", "Add images, or use folder=generated.");
    }
    ImageFiles.decodingWarning(files).ifPresent(w -> System.err.println("warning: surrogate "
        + "folder " + folder + ": " + w));
    return new FolderImages(folder, files);
  }


  @Override
  public int size() {
    return files.size();
  }

  @Override
  public String id(int index) {
    return files.get(index).getFileName().toString();
  }

  /** Decodes one image exactly as PIL's {@code convert("RGB")} does ({@link ImageDecoding}). */
  @Override
  public RgbImage read(int index) {
    return ImageDecoding.read(files.get(index));
  }

  /** One file per image, in image order. */
  @Override
  public java.util.Optional<List<Path>> files() {
    return java.util.Optional.of(files);
  }
}
