package org.brainalign.plugins.surrogate.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.brainalign.api.InvalidInputException;
import org.brainalign.support.image.ImageFileSource;
import org.brainalign.support.image.ImageFiles;
import org.brainalign.support.image.ImageFormat;

/**
 * The images of one folder (not its subfolders; {@link ImageFiles#list}: every file an image or
 * refused by name, hidden dot-files ignored), sorted by file name; the id of an image is its file
 * name ({@link ImageFileSource}). Decoded on each read, so nothing is held in memory; grey,
 * palette, 16-bit and CMYK files give the same pixels as PIL and {@code brainalign features
 * --images}.
 */
public final class FolderImages extends ImageFileSource {

  private FolderImages(List<Path> files) {
    super(files);
  }

  /**
   * @throws InvalidInputException when the folder is missing or holds fewer than 2 images
   */
  public static FolderImages open(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw InvalidInputException.of("option 'folder' of 'surrogate'", "a folder of images",
          "'" + folder + "' (no such folder)", "Give an existing folder, or folder=generated.");
    }
    List<Path> files = ImageFiles.listOrRefuse(folder, "option 'folder' of 'surrogate': ");
    if (files.size() < 2) {
      throw InvalidInputException.of("option 'folder' of 'surrogate'", "at least 2 image files ("
          + ImageFormat.supported() + ") in " + folder, files.size() + "", "Add images, or use folder=generated.");
    }
    ImageFiles.decodingWarning(files).ifPresent(w -> System.err.println("warning: surrogate "
        + "folder " + folder + ": " + w));
    return new FolderImages(files);
  }

  /** One file per image, in image order. */
  @Override
  public Optional<List<Path>> files() {
    return Optional.of(imageFiles());
  }
}
