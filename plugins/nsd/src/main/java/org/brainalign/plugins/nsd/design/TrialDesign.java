package org.brainalign.plugins.nsd.design;

import java.nio.file.Path;
import org.brainalign.support.dataset.Repetitions;

/**
 * Which image one subject saw on each trial of the NSD experiment, with 0-based ids (converted from
 * the files' 1-based ones once, by the readers).
 *
 * <p>Trials are numbered from 0 over the whole experiment: trial {@code t} of the file
 * {@code betas_sessionNN.hdf5} (0-based, of {@code T} trials per session, 750 in NSD) is design trial
 * {@code T·(NN − 1) + t}.
 *
 * @param source the design file it was read from
 * @param images 0-based 73k image id per design trial, -1 where the file names no image
 */
public record TrialDesign(Path source, int[] images) {

  public TrialDesign {
    images = images.clone();
  }

  /** Number of design trials described. */
  public int trials() {
    return images.length;
  }

  /** 0-based 73k id of design trial {@code t}, or -1. */
  public int image(int t) {
    return images[t];
  }

  /**
   * The repetition number of each trial: how many earlier trials of the whole design showed the same
   * image (0 for the first presentation, 1, 2 for the repeats), whichever sessions are loaded.
   */
  public int[] repetitions() {
    return Repetitions.earlier(images);
  }

  @Override
  public int[] images() {
    return images.clone();
  }
}
