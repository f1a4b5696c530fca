package org.brainalign.api.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** An ordered set of stimulus images, read one at a time so that 73,000 images never sit in memory. */
public interface ImageSource {

  int size();

  /** The stimulus id of image {@code index} (a file name, an NSD id). */
  String id(int index);

  /**
   * The stimulus entry {@code index} shows: its id, unless entries repeat stimuli (a dataset's
   * repetitions kept as rows, ids like {@code "2950#1"}), when entries of one stimulus share it
   * ({@code "2950"}), as the row labels' {@link org.brainalign.api.matrix.Labels#stimulus} do.
   */
  default String stimulus(int index) {
    return id(index);
  }

  /** Reads image {@code index}. */
  RgbImage read(int index);

  /**
   * Every file the images are read from, so that the host notices when one changes and extracts the
   * features again (a study's feature cache is reused only while these files' digests are the ones
   * it was written from): one file per image where each image is its own file (then the host can
   * say which images changed), otherwise the files it reads them from (an HDF5 array).
   *
   * @return the files, in any order; an empty list when the images are computed from the source's
   *     options alone (rendered scenes); {@link Optional#empty()} (the default) when the source
   *     does not say, and then the host fingerprints the decoded pixels of every image instead:
   *     correct, but every image is read on every run
   */
  default Optional<List<Path>> files() {
    return Optional.empty();
  }

  /**
   * The images {@code read} gives, image {@code i} with id {@code ids.get(i)}; it does not name the
   * files they come from ({@link #files()} is empty), for tests, benchmarks and embedding.
   *
   * @param ids the stimulus ids, in order (copied)
   * @param read reads image {@code i}, {@code 0 ≤ i < ids.size()}
   */
  static ImageSource of(List<String> ids, IntFunction<RgbImage> read) {
    return new ListedImages(List.copyOf(ids), read);
  }
}
