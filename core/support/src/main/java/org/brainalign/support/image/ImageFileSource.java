package org.brainalign.support.image;

import java.nio.file.Path;
import java.util.List;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;

/**
 * Images read from a list of files ({@link ImageFiles#list} of a folder), one per stimulus in list
 * order, the id of each its file name, decoded on each read exactly as PIL's
 * {@code convert("RGB")} does ({@link ImageDecoding}), so nothing is held in memory. The base of
 * every image-folder source ({@code brainalign features --images}, the {@code surrogate} dataset's
 * {@code folder=}).
 */
public abstract class ImageFileSource implements ImageSource {
  private final List<Path> files;

  /** @param files the image files, in stimulus order */
  protected ImageFileSource(List<Path> files) {
    this.files = List.copyOf(files);
  }

  /** The image files, in stimulus order. */
  protected List<Path> imageFiles() {
    return files;
  }

  @Override
  public int size() {
    return files.size();
  }

  @Override
  public String id(int index) {
    return files.get(index).getFileName().toString();
  }

  /**
   * Decodes one image.
   *
   * @throws org.brainalign.api.DataFormatException naming the file when it is truncated or corrupt,
   *     or holds no supported image
   */
  @Override
  public RgbImage read(int index) {
    return ImageDecoding.read(files.get(index));
  }
}
