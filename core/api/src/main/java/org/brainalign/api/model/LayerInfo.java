package org.brainalign.api.model;

import java.util.Arrays;

/**
 * A layer a model can return.
 *
 * @param name module path, e.g. {@code layer3.5}
 * @param shape activation shape for one image, e.g. {@code [1024, 14, 14]} for (C, H, W)
 */
public record LayerInfo(String name, int[] shape) {

  public LayerInfo {
    shape = shape.clone();
  }

  /** Number of values per image. */
  public int size() {
    int n = 1;
    for (int d : shape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  @Override
  public int[] shape() {
    return shape.clone();
  }

  @Override
  public String toString() {
    return name + Arrays.toString(shape);
  }
}
