package org.brainalign.plugins.rsa;

import org.brainalign.api.extension.OptionChoice;

/** The {@code route} option of {@code rsa}: where each side's RDMs come from. */
enum RdmRoute implements OptionChoice {
  /** {@link #GRAM} for a side whose Gram matrix the host supplies and that has more columns than rows. */
  AUTO,
  /** The Gram matrix of each split's rows, from the features. */
  FEATURES,
  /** The centred Gram matrix of all stimuli, supplied by the host or computed once. */
  GRAM
}
