package org.brainalign.plugins.resnet50.network;

import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.plugins.resnet50.weights.Weights;

/**
 * The tensors both engines run, in evaluation mode: the stem ({@code conv1}, {@code bn1}) and the head
 * ({@code fc}) as given, since their outputs are layers, and every bottleneck convolution with its
 * batch norm folded in. Inside a bottleneck no batch norm is a layer, and in evaluation mode a batch
 * norm is affine, so it folds into the convolution before it: {@code W' = W · γ/√(σ² + ε)} per output
 * channel, bias {@code β − μ · γ/√(σ² + ε)}, computed in double precision and rounded once. That
 * saves one pass over every activation.
 */
public final class InferenceWeights {
  /** torchvision's batch-norm ε. */
  public static final float EPS = 1e-5f;
  private static final String[] STEM_AND_HEAD = {"conv1.weight", "bn1.weight", "bn1.bias",
      "bn1.running_mean", "bn1.running_var", "fc.weight", "fc.bias"};

  private InferenceWeights() {}

  /**
   * The stem's and head's tensors of {@code weights}, then {@code NAME.weight} (the convolution's
   * shape) and {@code NAME.bias} (its output channels) for every convolution {@code NAME} under
   * {@code layer1 … layer4}, in state-dict order; provenance as given.
   */
  public static Weights of(Weights weights) {
    Map<String, float[]> t = weights.tensors();
    Map<String, float[]> values = new LinkedHashMap<>();
    Map<String, long[]> shapes = new LinkedHashMap<>();
    for (String name : STEM_AND_HEAD) {
      values.put(name, t.get(name));
      shapes.put(name, weights.shapes().get(name));
    }
    for (String name : t.keySet()) {
      long[] shape = weights.shapes().get(name);
      if (name.startsWith("layer") && name.endsWith(".weight") && shape.length == 4) {
        String conv = name.substring(0, name.length() - ".weight".length());
        String bn = conv.endsWith("downsample.0") ? conv.replace("downsample.0", "downsample.1")
            : conv.replace(".conv", ".bn");
        fold(values, conv, bn, t, (int) shape[0]);
        shapes.put(conv + ".weight", shape);
        shapes.put(conv + ".bias", new long[] {shape[0]});
      }
    }
    return new Weights(values, shapes, weights.provenance());
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
