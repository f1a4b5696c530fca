package org.brainalign.api.model;

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
}
