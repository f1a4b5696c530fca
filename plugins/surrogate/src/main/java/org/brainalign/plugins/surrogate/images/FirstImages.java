package org.brainalign.plugins.surrogate.images;

import java.util.Objects;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;

/**
 * The first n images of another source, same ids and pixels: what a grid subject of n images sees.
 * Immutable when the source is.
 */
public final class FirstImages implements ImageSource {
  private final ImageSource source;
  private final int n;

  /**
   * @param n {@code 1 <= n <= source.size()}
   */
  public FirstImages(ImageSource source, int n) {
    if (n < 1 || n > source.size()) {
      throw new IllegalArgumentException("the first " + n + " of " + source.size() + " images");
    }
    this.source = source;
    this.n = n;
  }

  @Override
  public int size() {
    return n;
  }

  @Override
  public String id(int index) {
    return source.id(Objects.checkIndex(index, n));
  }

  @Override
  public RgbImage read(int index) {
    return source.read(Objects.checkIndex(index, n));
  }

  /** The files of the whole source (a superset of what the first n images read). */
  @Override
  public java.util.Optional<java.util.List<java.nio.file.Path>> files() {
    return source.files();
  }
}
