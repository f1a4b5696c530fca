package org.brainalign.plugins.resnet50.ort;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.djl.DjlSetup;
import org.brainalign.plugins.resnet50.network.ResNet50Layout;
import org.brainalign.plugins.resnet50.network.ResNet50Network;
import org.brainalign.plugins.resnet50.runtime.DjlRuntime;
import org.brainalign.plugins.resnet50.testing.Fixtures;
import org.brainalign.plugins.resnet50.weights.RandomWeights;
import org.brainalign.plugins.resnet50.weights.Weights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ONNX Runtime graph against the libtorch network on the same random weights and input, every
 * layer (the torchvision golden files, {@code ResNet50ParityTest}, check both against the reference
 * when the big fixtures are present); and the graph cut after the deepest wanted layer.
 */
class OrtNetworkTest {
  private static final int CROP = 64;
  private static final int N = 3;
  private static final List<String> ORDER =
      ResNet50Layout.layers(CROP).stream().map(LayerInfo::name).toList();
  private static Weights weights;
  private static float[] input;
  private static Map<String, float[]> libtorch;

  @BeforeAll
  static void reference() {
    weights = RandomWeights.draw(ResNet50Layout.parameters(), 7);
    SplittableRandom rng = new SplittableRandom(3);
    input = new float[N * 3 * CROP * CROP];
    for (int i = 0; i < input.length; i++) {
      input[i] = (float) (rng.nextDouble() * 4 - 2);
    }
    libtorch = new LinkedHashMap<>();
    DjlRuntime.run(() -> {
      DjlRuntime.pytorch();
      try (ResNet50Network net = ResNet50Network.load(weights, Device.cpu());
          NDManager m = net.manager().newSubManager()) {
        NDArray x = m.create(input, new Shape(N, 3, CROP, CROP));
        net.forward(x, Set.copyOf(ORDER), (layer, a) -> libtorch.put(layer, a.toFloatArray()));
      }
    });
  }

  @Test
  void everyLayerAgreesWithLibtorchInDepthOrder() {
    Map<String, float[]> got = new LinkedHashMap<>();
    try (OrtNetwork net = OrtNetwork.load(weights, CROP)) {
      net.forward(input, N, Set.copyOf(ORDER), 2, got::put);
    }
    assertThat(new ArrayList<>(got.keySet())).isEqualTo(ORDER);
    for (String layer : ORDER) {
      assertThat(got.get(layer)).as(layer).hasSameSizeAs(libtorch.get(layer));
      double err = Fixtures.relativeError(got.get(layer), libtorch.get(layer));
      assertThat(err).as(layer).isLessThan(1e-5);
    }
    assertThat(got.get("layer3")).isEqualTo(got.get("layer3.5")).isNotSameAs(got.get("layer3.5"));
  }

  @Test
  void djlsOnnxRuntimeEngineStillStartsInTheSameProcess() {
    OrtRuntime.environment(); // what every session does first
    // DJL's engine (the onnx plugin's) refuses to start once another has created the environment
    assertThat(DjlSetup.call(() -> Engine.getEngine("OnnxRuntime")).getEngineName())
        .isEqualTo("OnnxRuntime");
    assertThat(OrtRuntime.version()).isEqualTo("ONNX Runtime 1.21.1");
  }

  @Test
  void aGraphCutAtTheDeepestWantedLayerGivesTheSameValues() {
    List<String> wanted = List.of("layer2", "conv1", "layer1.1");
    Map<String, float[]> got = new LinkedHashMap<>();
    try (OrtNetwork net = OrtNetwork.load(weights, CROP)) {
      net.forward(input, N, Set.copyOf(wanted), 1, got::put);
      net.forward(input, 1, Set.of("fc"), 1, (layer, a) -> got.put("fc of one", a));
    }
    assertThat(new ArrayList<>(got.keySet()))
        .containsExactly("conv1", "layer1.1", "layer2", "fc of one");
    for (String layer : wanted) {
      assertThat(Fixtures.relativeError(got.get(layer), libtorch.get(layer))).as(layer)
          .isLessThan(1e-5);
    }
    float[] fc = libtorch.get("fc");
    assertThat(Fixtures.relativeError(got.get("fc of one"),
        java.util.Arrays.copyOf(fc, ResNet50Layout.CLASSES))).isLessThan(1e-5);
  }
}
