package org.brainalign.plugins.surrogate.images;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;
import org.brainalign.support.dataset.Repetitions;

/**
 * The presentations of {@code repetitions=separate}: each of n images shown {@code trials} times,
 * trial-major (every image's trial 0 in index order, then trial 1, …). Entry {@code t · n + i} is
 * image i's trial t, id {@code <image id>#<t>}, and shows stimulus {@code <image id>}, as the
 * response rows do. Immutable when the images are.
 */
public final class Presentations implements ImageSource {
  private final ImageSource images;
  private final int trials;

  /**
   * @param images the n images, each shown once per trial
   * @param trials presentations per image, {@code >= 1}
   */
  public Presentations(ImageSource images, int trials) {
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be at least 1, found " + trials);
    }
    this.images = images;
    this.trials = trials;
  }

  /** The id of image {@code image}'s presentation in trial {@code trial}. */
  public static String id(String image, int trial) {
    return Repetitions.rowId(image, trial);
  }

  @Override
  public int size() {
    return images.size() * trials;
  }

  @Override
  public String id(int index) {
    Objects.checkIndex(index, size());
    return id(images.id(index % images.size()), index / images.size());
  }

  @Override
  public String stimulus(int index) {
    return images.id(Objects.checkIndex(index, size()) % images.size());
  }

  @Override
  public RgbImage read(int index) {
    return images.read(Objects.checkIndex(index, size()) % images.size());
  }

  @Override
  public Optional<List<Path>> files() {
    return images.files();
  }
}
