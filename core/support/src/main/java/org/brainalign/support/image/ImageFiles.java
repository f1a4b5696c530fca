package org.brainalign.support.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The stimulus images of one folder, as every image-folder reader lists them: the entries named
 * {@code .png}, {@code .jpg} or {@code .jpeg} (any case), not recursive, in file-name order. An
 * entry named like an image must be one: a dangling or looping symbolic link, or a folder named
 * {@code x.png}, is an error ({@link ImageDecoding#checkReadable}), never a stimulus silently left
 * out.
 */
public final class ImageFiles {
  private ImageFiles() {}

  /**
   * Lists {@code dir}.
   *
   * @throws IOException when the folder cannot be listed
   * @throws org.brainalign.api.InvalidInputException naming an entry that is named like an image
   *     but is not a readable file
   */
  public static List<Path> list(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(ImageFiles::isImageName)
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    }
    files.forEach(ImageDecoding::checkReadable);
    return files;
  }

  /** Whether the file name ends in {@code .png}, {@code .jpg} or {@code .jpeg}, in any case. */
  public static boolean isImageName(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg");
  }
}
