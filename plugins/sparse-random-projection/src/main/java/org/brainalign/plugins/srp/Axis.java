package org.brainalign.plugins.srp;

import org.brainalign.api.extension.OptionChoice;

/** Which part of a (C, H, W) activation a sparse random projection mixes; words as in option {@code axis}. */
public enum Axis implements OptionChoice {
  /** Flatten C·H·W and project it to k: output shape (k). */
  ALL,
  /** The same k × C matrix at every spatial position: output shape (k, H, W), k-major. */
  CHANNEL,
  /** The same k × (H·W) matrix for every channel: output shape (C, k), C-major. */
  SPATIAL
}
