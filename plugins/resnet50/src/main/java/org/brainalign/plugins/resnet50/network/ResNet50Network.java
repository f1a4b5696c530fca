package org.brainalign.plugins.resnet50.network;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.internal.NDArrayEx;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.brainalign.plugins.resnet50.weights.Weights;

/**
 * torchvision's ResNet50 forward pass in evaluation mode, written with DJL's PyTorch operators over
 * weights held in native memory. Batch norm uses the running statistics (ε = 10⁻⁵); every block is
 * {@code relu(bn3(conv3(relu(bn2(conv2(relu(bn1(conv1(x))))))) + downsample(x))}, the stride on conv2,
 * {@code downsample} = {@code bn(conv1×1(x))} in a stage's first block.
 * Must be called with {@link org.brainalign.plugins.resnet50.runtime.DjlRuntime} set up.
 */
public final class ResNet50Network implements AutoCloseable {
  private static final float EPS = InferenceWeights.EPS;
  private final NDManager manager;
  private final Map<String, NDArray> p;

  private ResNet50Network(NDManager manager, Map<String, NDArray> p) {
    this.manager = manager;
    this.p = p;
  }

  /**
   * Copies {@code weights} to {@code device} as {@link InferenceWeights} gives them: the bottlenecks'
   * batch norms folded into their convolutions, the stem's {@code conv1} and {@code bn1} apart since
   * both are layers.
   */
  public static ResNet50Network load(Weights weights, Device device) {
    NDManager manager = NDManager.newBaseManager(device);
    Map<String, NDArray> p = new HashMap<>();
    Weights run = InferenceWeights.of(weights);
    run.tensors().forEach((name, values) ->
        p.put(name, manager.create(values, new Shape(run.shapes().get(name)))));
    return new ResNet50Network(manager, p);
  }

  /** The manager holding the weights; inputs should live on its device. */
  public NDManager manager() {
    return manager;
  }

  /**
   * Runs a batch and hands each wanted layer's activation to {@code tap} as soon as it is computed,
   * stopping after the deepest wanted layer. The arrays passed to {@code tap} are closed afterwards.
   *
   * @param x input batch {@code (n × 3 × crop × crop)}, normalised
   * @param wanted layer names from {@link ResNet50Layout#layers}
   */
  public void forward(NDArray x, Set<String> wanted, BiConsumer<String, NDArray> tap) {
    int remaining = wanted.size();
    NDArray h = conv(channelsLast(x), "conv1", 2, 3);
    remaining -= emit("conv1", h, wanted, tap);
    h = swap(h, bn(h, "bn1"));
    remaining -= emit("bn1", h, wanted, tap);
    h = swap(h, ex(h).relu());
    remaining -= emit("relu", h, wanted, tap);
    h = swap(h, ex(h).maxPool(new Shape(3, 3), new Shape(2, 2), new Shape(1, 1), false));
    remaining -= emit("maxpool", h, wanted, tap);
    for (int s = 0; s < 4 && remaining > 0; s++) {
      for (int b = 0; b < ResNet50Layout.BLOCKS[s] && remaining > 0; b++) {
        String name = "layer" + (s + 1) + "." + b;
        h = swap(h, bottleneck(h, name + ".", s > 0 && b == 0 ? 2 : 1, b == 0));
        remaining -= emit(name, h, wanted, tap);
      }
      remaining -= emit("layer" + (s + 1), h, wanted, tap);
    }
    if (remaining > 0) {
      NDArray pooled = Pool.globalAvgPool2d(h); // (n, 2048)
      h.close();
      h = pooled;
      remaining -= emit("avgpool", h, wanted, tap);
      if (remaining > 0) {
        h = swap(h, Linear.linear(h, p.get("fc.weight"), p.get("fc.bias")).singletonOrThrow());
        emit("fc", h, wanted, tap);
      }
    }
    h.close();
  }

  /** Convolutions here carry their folded batch norms. */
  private NDArray bottleneck(NDArray x, String pre, int stride, boolean downsample) {
    NDArray out = conv(x, pre + "conv1", 1, 0);
    out = swap(out, ex(out).relu());
    out = swap(out, conv(out, pre + "conv2", stride, 1));
    out = swap(out, ex(out).relu());
    out = swap(out, conv(out, pre + "conv3", 1, 0));
    if (downsample) {
      NDArray d = conv(x, pre + "downsample.0", stride, 0);
      out.addi(d);
      d.close();
    } else {
      out.addi(x);
    }
    return swap(out, ex(out).relu());
  }

  private int emit(String name, NDArray h, Set<String> wanted, BiConsumer<String, NDArray> tap) {
    if (!wanted.contains(name)) {
      return 0;
    }
    tap.accept(name, h);
    return 1;
  }

  /** Convolution {@code name} (weight {@code name.weight}, bias {@code name.bias} if folded). */
  private NDArray conv(NDArray x, String name, int stride, int pad) {
    return ex(x).convolution(x, p.get(name + ".weight"), p.get(name + ".bias"),
        new Shape(stride, stride), new Shape(pad, pad), new Shape(1, 1), 1).singletonOrThrow();
  }

  /**
   * The same values as {@code x} (n × c × h × w) laid out channels-last (NHWC strides): libtorch's
   * oneDNN convolutions then read and write activations without reordering them on every call, and
   * ReLU, addition and pooling keep the layout. A row-major reshape of the NHWC view cannot be a
   * view, so it copies; the final transpose restores the logical NCHW shape.
   */
  static NDArray channelsLast(NDArray x) {
    Shape s = x.getShape();
    try (NDArray nhwc = x.transpose(0, 2, 3, 1);
        NDArray flat = nhwc.reshape(s.get(0), -1);
        NDArray dense = flat.reshape(s.get(0), s.get(2), s.get(3), s.get(1))) {
      return dense.transpose(0, 3, 1, 2);
    }
  }

  private NDArray bn(NDArray x, String pre) {
    return ex(x).batchNorm(x, p.get(pre + ".running_mean"), p.get(pre + ".running_var"),
        p.get(pre + ".weight"), p.get(pre + ".bias"), 1, 0.1f, EPS, false).singletonOrThrow();
  }

  private static NDArrayEx ex(NDArray x) {
    return x.getNDArrayInternal();
  }

  /** Closes {@code old} (an intermediate no longer needed) and returns {@code next}. */
  private static NDArray swap(NDArray old, NDArray next) {
    old.close();
    return next;
  }

  @Override
  public void close() {
    manager.close();
  }
}
