package org.brainalign.plugins.folder.stimuli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.RgbImage;
import org.brainalign.support.image.ImageDecoding;
import org.brainalign.support.image.ImageFiles;
import org.brainalign.support.image.ImageFormat;

/**
 * The images of one folder (not recursive; {@link ImageFiles#list}: every file an image or refused
 * by name, hidden dot-files ignored) in file-name order, the order {@code brainalign features
 * --images} uses; a stimulus id is the file name without its extension.
 */
public final class FolderStimuli implements StimulusSet {
  private final Path dir;
  private final List<Path> files;
  private final List<String> ids;
  private final Optional<String> decodingWarning;

  private FolderStimuli(Path dir, List<Path> files, List<String> ids,
      Optional<String> decodingWarning) {
    this.dir = dir;
    this.files = files;
    this.ids = ids;
    this.decodingWarning = decodingWarning;
  }

  /**
   * @throws InvalidInputException when it is not a folder, holds no image, or two files share a
   *     name without extension
   */
  public static FolderStimuli open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw InvalidInputException.of(dir.toString(), "the stimulus folder named by stimuli: in "
          + "dataset.yaml", Files.exists(dir) ? "a file" : "nothing there",
          "Check the path (relative paths start at the folder of dataset.yaml).");
    }
    List<Path> files = ImageFiles.listOrRefuse(dir, "");
    if (files.isEmpty()) {
      throw InvalidInputException.of(dir.toString(), "at least one image file ("
          + ImageFormat.supported() + ")",
          "none", "Put the stimuli there, one image per file named by its stimulus id.");
    }
    List<String> ids = new ArrayList<>(files.size());
    Map<String, Path> seen = new HashMap<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String id = name.substring(0, name.lastIndexOf('.'));
      Path other = seen.put(id, f);
      if (other != null) {
        throw InvalidInputException.of(dir.toString(), "one image per stimulus id (the file name "
            + "without extension)", "both " + other.getFileName() + " and " + name + " for id '"
            + id + "'", "Rename or remove one.");
      }
      ids.add(id);
    }
    return new FolderStimuli(dir, files, List.copyOf(ids), ImageFiles.decodingWarning(files));
  }


  /** What a run must say once when some images are 16-bit ({@link ImageFiles#decodingWarning}). */
  public Optional<String> decodingWarning() {
    return decodingWarning;
  }

  @Override
  public List<String> ids() {
    return ids;
  }

  @Override
  public RgbImage read(int index) {
    return ImageDecoding.read(files.get(index));
  }

  /** One file per image, in image order. */
  @Override
  public List<Path> files() {
    return files;
  }

  @Override
  public String describe() {
    return dir.toString();
  }

  @Override
  public void close() {
    // nothing held open
  }
}
