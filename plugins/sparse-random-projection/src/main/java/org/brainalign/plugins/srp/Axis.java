package org.brainalign.plugins.srp;

import java.util.Arrays;
import java.util.List;

/** Which part of a (C, H, W) activation a sparse random projection mixes. */
public enum Axis {
  /** Flatten C·H·W and project it to k: output shape (k). */
  ALL("all"),
  /** The same k × C matrix at every spatial position: output shape (k, H, W), k-major. */
  CHANNEL("channel"),
  /** The same k × (H·W) matrix for every channel: output shape (C, k), C-major. */
  SPATIAL("spatial");

  private final String word;

  Axis(String word) {
    this.word = word;
  }

  /** The option value, e.g. {@code channel}. */
  public String word() {
    return word;
  }

  /** Every option value, in declaration order. */
  public static List<String> words() {
    return Arrays.stream(values()).map(Axis::word).toList();
  }

  /** The axis named {@code word}; the option parser has already checked it is one of {@link #words()}. */
  public static Axis of(String word) {
    for (Axis a : values()) {
      if (a.word.equals(word)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown axis '" + word + "'; expected one of " + words());
  }
}
