package org.brainalign.plugins.resnet50.network;

import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.plugins.resnet50.weights.Weights;

/**
 * The bottlenecks' convolutions with their batch norms folded in. Inside a bottleneck no batch norm
 * is a layer, so in evaluation mode (affine) each folds into the convolution before it:
 * {@code W' = W · γ/√(σ² + ε)} per output channel, bias {@code β − μ · γ/√(σ² + ε)}, computed in
 * double precision and rounded once. Both engines run these same float32 values.
 */
public final class FoldedBottlenecks {
  /** torchvision's batch-norm ε. */
  public static final float EPS = 1e-5f;

  private FoldedBottlenecks() {}

  /**
   * {@code NAME.weight} (shape of the convolution's weight) and {@code NAME.bias} (its output
   * channels) for every convolution {@code NAME} under {@code layer1 … layer4}, in state-dict order.
   */
  public static Map<String, float[]> of(Weights weights) {
    Map<String, float[]> out = new LinkedHashMap<>();
    Map<String, float[]> t = weights.tensors();
    for (String name : t.keySet()) {
      if (name.startsWith("layer") && name.endsWith(".weight") && weights.shapes().get(name).length == 4) {
        String conv = name.substring(0, name.length() - ".weight".length());
        String bn = conv.endsWith("downsample.0") ? conv.replace("downsample.0", "downsample.1")
            : conv.replace(".conv", ".bn");
        fold(out, conv, bn, t, (int) weights.shapes().get(name)[0]);
      }
    }
    return out;
  }

  private static void fold(Map<String, float[]> out, String conv, String bn, Map<String, float[]> t,
      int channels) {
    float[] w = t.get(conv + ".weight").clone();
    float[] gamma = t.get(bn + ".weight");
    float[] beta = t.get(bn + ".bias");
    float[] mean = t.get(bn + ".running_mean");
    float[] var = t.get(bn + ".running_var");
    int per = w.length / channels;
    float[] bias = new float[channels];
    for (int o = 0; o < channels; o++) {
      double scale = gamma[o] / Math.sqrt((double) var[o] + EPS);
      for (int i = o * per; i < (o + 1) * per; i++) {
        w[i] = (float) (w[i] * scale);
      }
      bias[o] = (float) (beta[o] - mean[o] * scale);
    }
    out.put(conv + ".weight", w);
    out.put(conv + ".bias", bias);
  }
}
