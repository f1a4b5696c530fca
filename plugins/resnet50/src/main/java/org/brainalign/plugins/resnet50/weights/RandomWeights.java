package org.brainalign.plugins.resnet50.weights;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Untrained weights drawn with torchvision's ResNet initialisation scheme, from an explicit seed:
 * convolutions ~ N(0, 2 / fan_out) (He et al. 2015, {@code kaiming_normal_(mode="fan_out")}),
 * batch-norm γ = 1, β = 0, running mean 0, running variance 1, and the linear head
 * ~ U(−1/√fan_in, 1/√fan_in) for weight and bias ({@code nn.Linear}'s default).
 *
 * <p>The scheme is torchvision's; the random stream is Java's {@link SplittableRandom}, so the values
 * are not those of {@code torch.manual_seed(seed)} but are the same bits for the same seed on any JVM.
 */
public final class RandomWeights {
  private RandomWeights() {}

  /**
   * Draws every tensor of {@code layout} in layout order.
   *
   * @param layout names and shapes in torchvision order
   * @param seed the seed; weights are a pure function of it
   */
  public static Weights draw(Map<String, long[]> layout, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    Map<String, float[]> tensors = new LinkedHashMap<>();
    for (Map.Entry<String, long[]> e : layout.entrySet()) {
      tensors.put(e.getKey(), draw(e.getKey(), e.getValue(), rng));
    }
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("weights", "random:" + seed);
    provenance.put("init", "torchvision ResNet scheme (kaiming_normal fan_out, BN 1/0, Linear "
        + "default), java.util.SplittableRandom(" + seed + ")");
    return new Weights(tensors, layout, provenance);
  }

  private static float[] draw(String name, long[] shape, SplittableRandom rng) {
    int n = Math.toIntExact(Arrays.stream(shape).reduce(1, Math::multiplyExact));
    float[] v = new float[n];
    if (name.startsWith("fc.")) {
      double bound = 1.0 / Math.sqrt(2048);
      for (int i = 0; i < n; i++) {
        v[i] = (float) ((rng.nextDouble() * 2 - 1) * bound);
      }
    } else if (name.endsWith("running_var") || (shape.length == 1 && name.endsWith(".weight"))) {
      Arrays.fill(v, 1f);
    } else if (shape.length == 4) {
      double std = Math.sqrt(2.0 / (shape[0] * shape[2] * shape[3])); // fan_out = out × kh × kw
      for (int i = 0; i < n; i++) {
        v[i] = (float) (rng.nextGaussian() * std);
      }
    } // batch-norm bias and running_mean stay 0
    return v;
  }
}
