package org.brainalign.plugins.srp;

import java.util.Map;
import org.brainalign.api.reducer.FittedReducer;

/**
 * What {@code sparse-random-projection} fits to when k ≥ the projected input size: the activations
 * pass through unchanged, and the provenance says so ({@code projected = false} with the reason).
 */
final class UnprojectedReducer implements FittedReducer {
  private final int[] shape;
  private final int size;
  private final Map<String, Object> provenance;

  UnprojectedReducer(ProjectionGeometry geometry, Map<String, Object> provenance) {
    this.shape = geometry.shape().clone();
    this.size = geometry.inputSize();
    this.provenance = provenance;
  }

  @Override
  public int[] outputShape() {
    return shape.clone();
  }

  @Override
  public void transform(float[] in, int count, float[] out) {
    BatchChecks.check(in, count, size, out, size);
    System.arraycopy(in, 0, out, 0, count * size);
  }

  @Override
  public Map<String, Object> provenance() {
    return provenance;
  }
}
