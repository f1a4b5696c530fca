package org.brainalign.support.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;

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

  /**
   * {@link #list}, a folder that cannot be listed reported as invalid input.
   *
   * @param where what the folder is, before the message ({@code "option 'folder' of 'x': "}), or
   *     empty
   * @throws InvalidInputException when the folder cannot be listed, or as
   *     {@link #list}
   * @throws DataFormatException as {@link #list}
   */
  public static List<Path> listOrRefuse(Path dir, String where) {
    try {
      return list(dir);
    } catch (IOException e) {
      throw new InvalidInputException(where + "cannot list " + dir + ": "
          + e.getMessage(), e);
    }
  }

  /** Whether the file name ends in an extension of an {@link ImageFormat}, in any case. */
  public static boolean isImageName(Path p) {
    return ImageFormat.byName(p) != null;
  }

  /**
   * The warning a run prints once about how some of {@code files} are decoded: 16-bit samples,
   * which {@link ImageDecoding#read} reduces to 8 bits as PIL does, and lossy WebP, whose decoding
   * here differs from PIL's libwebp; read from the files' headers only.
   *
   * @return e.g. {@code 3 images are 16-bit; reduced to 8 bits as PIL does (first: a.png) …}, or
   *     empty when neither applies
   */
  public static Optional<String> decodingWarning(List<Path> files) {
    List<Path> deep = new ArrayList<>();
    List<Path> lossy = new ArrayList<>();
    for (Path f : files) {
      if (SampleDepth.sixteenBit(f)) {
        deep.add(f);
      }
      if (ImageFormat.byName(f) == ImageFormat.WEBP && LossyWebp.lossy(f)) {
        lossy.add(f);
      }
    }
    List<String> parts = new ArrayList<>();
    if (!deep.isEmpty()) {
      parts.add(deep.size() + (deep.size() == 1 ? " image is" : " images are") + " 16-bit; "
          + "reduced to 8 bits as PIL does (first: " + deep.get(0).getFileName() + "): grey values "
          + "above 255 become 255 (not rescaled), colour keeps each sample's high byte. Convert them "
          + "to 8 bits beforehand if another mapping is meant.");
    }
    if (!lossy.isEmpty()) {
      parts.add(lossy.size() + (lossy.size() == 1 ? " image is" : " images are") + " lossy WebP "
          + "(first: " + lossy.get(0).getFileName() + "), decoded with chroma upsampling that "
          + "differs from PIL's libwebp (up to 48 levels, mean about 4, on the test images): "
          + "features are not PIL-exact. Convert them to PNG with PIL for exact features.");
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
  }
}
