package org.brainalign.plugins.resnet50.ort;

import static org.brainalign.plugins.resnet50.ort.OnnxModelWriter.attr;
import static org.brainalign.plugins.resnet50.ort.OnnxModelWriter.ints;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.plugins.resnet50.network.InferenceWeights;
import org.brainalign.plugins.resnet50.network.ResNet50Layout;
import org.brainalign.plugins.resnet50.weights.Weights;

/**
 * torchvision's ResNet50 in evaluation mode as an ONNX graph, cut after the deepest wanted layer,
 * every wanted layer a graph output named after it. The same arithmetic as
 * {@link org.brainalign.plugins.resnet50.network.ResNet50Network}: the stem's {@code conv1} and
 * {@code bn1} apart (both are layers; ONNX Runtime fuses them when {@code conv1} is not an output),
 * the bottlenecks' batch norms folded ({@link InferenceWeights}). A stage {@code layerS} is the
 * tensor of its last block.
 */
final class ResNet50Graph {
  /** The graph input: a batch of normalised {@code 3 × crop × crop} images. */
  static final String INPUT = "x";

  private ResNet50Graph() {}

  /** The graph tensor holding {@code layer}'s activation. */
  static String tensor(String layer) {
    if (layer.matches("layer[1-4]")) {
      int s = layer.charAt(5) - '1';
      return layer + "." + (ResNet50Layout.blocks(s) - 1);
    }
    return layer;
  }

  /**
   * The serialised model.
   *
   * @param weights the tensors of {@link InferenceWeights#of}
   * @param crop input side in pixels
   * @param wanted layer names of {@link ResNet50Layout#layers}
   */
  static byte[] build(Weights weights, int crop, Set<String> wanted) {
    List<String> order = ResNet50Layout.layers(crop).stream().map(LayerInfo::name).toList();
    int deepest = wanted.stream().mapToInt(order::indexOf).max().orElseThrow();
    Set<String> outputs = new LinkedHashSet<>();
    order.stream().filter(wanted::contains).map(ResNet50Graph::tensor).forEach(outputs::add);
    String last = order.get(deepest);

    long bytes = 4L * weights.tensors().values().stream().mapToLong(t -> t.length).sum();
    OnnxModelWriter g = new OnnxModelWriter("resnet50", bytes);
    g.input(INPUT, -1, 3, crop, crop);
    Graph b = new Graph(g, weights.tensors(), weights.shapes());
    b.conv(INPUT, "conv1", "conv1", 2, 3, false);
    b.node("BatchNormalization", List.of("conv1", b.init("bn1.weight"), b.init("bn1.bias"),
        b.init("bn1.running_mean"), b.init("bn1.running_var")), "bn1",
        attr("epsilon", InferenceWeights.EPS));
    b.node("Relu", List.of("bn1"), "relu");
    b.node("MaxPool", List.of("relu"), "maxpool", ints("kernel_shape", 3, 3), ints("strides", 2, 2),
        ints("pads", 1, 1, 1, 1));
    String h = "maxpool";
    String target = tensor(last);
    for (int s = 0; s < 4 && more(order, h, target, deepest); s++) {
      for (int k = 0; k < ResNet50Layout.blocks(s) && more(order, h, target, deepest); k++) {
        h = b.bottleneck(h, "layer" + (s + 1) + "." + k, s > 0 && k == 0 ? 2 : 1, k == 0);
      }
    }
    if (last.equals("avgpool") || last.equals("fc")) {
      b.node("GlobalAveragePool", List.of(h), "avgpool");
      if (last.equals("fc")) {
        b.node("Flatten", List.of("avgpool"), "avgpool.flat", attr("axis", 1L));
        b.node("Gemm", List.of("avgpool.flat", b.init("fc.weight"), b.init("fc.bias")), "fc",
            attr("transB", 1L));
      }
    }
    outputs.forEach(g::output);
    return g.toBytes();
  }

  /** Whether blocks are still needed after tensor {@code h} to reach {@code target}. */
  private static boolean more(List<String> order, String h, String target, int deepest) {
    return !h.equals(target) && order.indexOf(h) < deepest;
  }

  /** Nodes and initializers being added to one graph. */
  private record Graph(OnnxModelWriter g, Map<String, float[]> tensors, Map<String, long[]> shapes) {
    /** Adds {@code name} as an initializer and returns it. */
    String init(String name) {
      g.initializer(name, shapes.get(name), tensors.get(name));
      return name;
    }

    void node(String op, List<String> in, String out, OnnxModelWriter.Attribute... attributes) {
      g.node(op, in, out, attributes);
    }

    /** Convolution {@code name} of {@code x} into tensor {@code out}, square kernel from its weight. */
    void conv(String x, String name, String out, int stride, int pad, boolean bias) {
      long k = shapes.get(name + ".weight")[3];
      List<String> in = new ArrayList<>(List.of(x, init(name + ".weight")));
      if (bias) {
        in.add(init(name + ".bias"));
      }
      node("Conv", in, out, ints("kernel_shape", k, k), ints("strides", stride, stride),
          ints("pads", pad, pad, pad, pad));
    }

    /** {@code relu(conv3(relu(conv2(relu(conv1(x))))) + shortcut)}, the block's output named {@code name}. */
    String bottleneck(String x, String name, int stride, boolean downsample) {
      String pre = name + ".";
      conv(x, pre + "conv1", pre + "conv1", 1, 0, true);
      node("Relu", List.of(pre + "conv1"), pre + "relu1");
      conv(pre + "relu1", pre + "conv2", pre + "conv2", stride, 1, true);
      node("Relu", List.of(pre + "conv2"), pre + "relu2");
      conv(pre + "relu2", pre + "conv3", pre + "conv3", 1, 0, true);
      String shortcut = x;
      if (downsample) {
        conv(x, pre + "downsample.0", pre + "downsample", stride, 0, true);
        shortcut = pre + "downsample";
      }
      node("Add", List.of(pre + "conv3", shortcut), pre + "sum");
      node("Relu", List.of(pre + "sum"), name);
      return name;
    }
  }
}
