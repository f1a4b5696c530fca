package org.brainalign.plugins.srp;

import org.brainalign.api.InvalidInputException;

/** Checks of the arrays handed to {@code FittedReducer.transform}. */
final class BatchChecks {

  private BatchChecks() {}

  static void check(float[] in, int count, int inSize, float[] out, int outSize) {
    if (count < 0) {
      throw InvalidInputException.of("sparse-random-projection batch", "count ≥ 0",
          String.valueOf(count), "Pass the number of stimuli in the batch.");
    }
    if (in.length < (long) count * inSize) {
      throw InvalidInputException.of("sparse-random-projection input", count + " × " + inSize
          + " values", in.length + " values", "Pass one fitted-shape activation per stimulus.");
    }
    if (out.length < (long) count * outSize) {
      throw InvalidInputException.of("sparse-random-projection output", "room for " + count + " × "
          + outSize + " values", out.length + " values", "Allocate count × outputShape values.");
    }
  }
}
