package org.brainalign.api.reducer;

import java.util.Map;

/** A reducer ready to transform activations. Immutable and thread-safe. */
public interface FittedReducer {

  /** Activation shape of one stimulus after reduction. */
  int[] outputShape();

  /**
   * Transforms a batch.
   *
   * @param in {@code count × inputSize} values, row-major
   * @param count number of stimuli in the batch
   * @param out {@code count × outputSize} values, written row-major
   */
  void transform(float[] in, int count, float[] out);

  /** Options and derived sizes (e.g. the chosen k), for manifests. */
  Map<String, Object> provenance();
}
