package org.brainalign.support.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.brainalign.api.DataFormatException;

/**
 * The stimulus images of one folder, as every image-folder reader lists them (not recursive, in
 * file-name order). Every entry is either a stimulus or refused by name, never silently left out:
 *
 * <ul>
 *   <li>a name ending in an extension of {@link ImageFormat} (any case) is a stimulus, and must be a
 *       readable file: a dangling or looping symbolic link, or a folder named {@code x.png}, is an
 *       error ({@link ImageDecoding#checkReadable});
 *   <li>a hidden entry, whose name starts with a dot ({@code .DS_Store}, {@code ._a.png} from macOS,
 *       {@code .git}), is ignored, as {@code ls} and file browsers hide it;
 *   <li>a subfolder (not named like an image) is ignored: folders are not read recursively;
 *   <li>any other file ({@code notes.txt}, Windows' {@code Thumbs.db}, {@code a.png.bak}) is an
 *       error naming it and the supported formats.
 * </ul>
 */
public final class ImageFiles {
  private ImageFiles() {}

  /**
   * Lists {@code dir}.
   *
   * @throws IOException when the folder cannot be listed
   * @throws DataFormatException naming a file that is neither hidden nor named like an image
   * @throws org.brainalign.api.InvalidInputException naming an entry that is named like an image
   *     but is not a readable file
   */
  public static List<Path> list(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> isImageName(p) || !Files.isDirectory(p))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    }
    for (Path f : files) {
      if (!isImageName(f)) {
        throw new DataFormatException(f, "every file in a stimulus folder must be an image, and this "
            + "name has no image extension; supported formats: " + ImageFormat.supported()
            + ". Convert it to one of them, or move it out of the folder (hidden files, whose "
            + "names start with a dot, and subfolders are ignored)");
      }
      ImageDecoding.checkReadable(f);
    }
    return files;
  }

  /** Whether the file name ends in an extension of an {@link ImageFormat}, in any case. */
  public static boolean isImageName(Path p) {
    return ImageFormat.byName(p) != null;
  }

  /**
   * The warning a run prints once when some of {@code files} store 16-bit samples, which
   * {@link ImageDecoding#read} reduces to 8 bits as PIL does; read from the files' headers only.
   *
   * @return e.g. {@code 3 images are 16-bit; reduced to 8 bits as PIL does (first: a.png) …}, or
   *     empty when every file is 8-bit
   */
  public static Optional<String> sixteenBitWarning(List<Path> files) {
    List<Path> deep = new ArrayList<>();
    for (Path f : files) {
      if (SampleDepth.sixteenBit(f)) {
        deep.add(f);
      }
    }
    if (deep.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(deep.size() + (deep.size() == 1 ? " image is" : " images are") + " 16-bit; "
        + "reduced to 8 bits as PIL does (first: " + deep.get(0).getFileName() + "): grey values "
        + "above 255 become 255 (not rescaled), colour keeps each sample's high byte. Convert them "
        + "to 8 bits beforehand if another mapping is meant.");
  }
}
