package org.brainalign.plugins.folder;

import org.brainalign.api.extension.OptionChoice;

/**
 * What the {@code folder} dataset does with NaN or ±Inf in a response file: the words of its
 * {@code non-finite} option.
 */
enum NonFiniteResponses implements OptionChoice {
  /** Refuse the file, naming the row and column where the value stands (before z-scoring). */
  ERROR,
  /** Pass the value on to the study, whose {@code non-finite} policy then acts on it. */
  KEEP
}
