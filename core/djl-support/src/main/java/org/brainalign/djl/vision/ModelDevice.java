package org.brainalign.djl.vision;

import org.brainalign.api.extension.OptionChoice;

/** Where a DJL model runs: the words of the {@code device} option of {@link ModelSettings}. */
public enum ModelDevice implements OptionChoice {
  /** The CPU. */
  CPU,
  /** The first GPU, when a CUDA libtorch is configured ({@code PYTORCH_LIBRARY_PATH}). */
  GPU
}
