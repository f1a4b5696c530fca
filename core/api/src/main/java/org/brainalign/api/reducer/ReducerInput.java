package org.brainalign.api.reducer;

/**
 * What a reducer is fitted to.
 *
 * @param layer the layer name
 * @param shape activation shape of one stimulus, e.g. (C, H, W)
 * @param stimuli number of stimuli that will be transformed (for Johnson–Lindenstrauss sizes)
 */
public record ReducerInput(String layer, int[] shape, int stimuli) {

  public ReducerInput {
    shape = shape.clone();
    if (shape.length == 0) {
      throw new IllegalArgumentException("layer " + layer + ": empty shape");
    }
    if (stimuli < 1) {
      throw new IllegalArgumentException("stimuli must be positive, found " + stimuli);
    }
  }

  @Override
  public int[] shape() {
    return shape.clone();
  }

  /** Values per stimulus. */
  public int size() {
    int n = 1;
    for (int d : shape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }
}
