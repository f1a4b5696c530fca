package org.brainalign.plugins.resnet50.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainalign.api.extension.Options;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.RunContext;
import org.brainalign.plugins.resnet50.ResNet50Provider;
import org.brainalign.plugins.resnet50.ort.OrtNetwork;
import org.brainalign.plugins.resnet50.runtime.DjlRuntime;
import org.brainalign.plugins.resnet50.testing.Fixtures;
import org.brainalign.plugins.resnet50.testing.Npy;
import org.brainalign.plugins.resnet50.weights.SafeTensors;
import org.brainalign.plugins.resnet50.weights.Weights;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every layer, on both engines, against torchvision 0.14 (Debian torch 1.13) on the same random weights (calibrated
 * batch-norm statistics, perturbed γ and β) and the same input, to 1e-4 of each layer's largest value.
 */
class ResNet50ParityTest {
  static final double TOLERANCE = 1e-4;
  private static final List<String> ORDER =
      ResNet50Layout.layers(112).stream().map(l -> l.name()).toList();
  private static final Set<String> ALL = Set.copyOf(ORDER);

  @BeforeEach
  void fixtures() {
    assumeTrue(Fixtures.bigPresent(), "big fixtures missing; run: " + Fixtures.GENERATE);
  }

  @Test
  void everyLayerMatchesTorchvisionOnTheSameInput() {
    Weights w = weights();
    Npy input = Npy.read(Fixtures.big().resolve("parity/input.npy"));
    Map<String, float[]> got = new HashMap<>();
    DjlRuntime.run(() -> {
      DjlRuntime.pytorch();
      try (ResNet50Network net = ResNet50Network.load(w, Device.cpu());
          NDManager m = net.manager().newSubManager()) {
        NDArray x = m.create(input.data(), new Shape(input.shape()[0], 3, 112, 112));
        net.forward(x, ALL, (layer, a) -> got.put(layer, a.toFloatArray()));
      }
    });
    assertEveryLayer("libtorch", got);
  }

  @Test
  void everyLayerMatchesTorchvisionOnOnnxRuntime() {
    Npy input = Npy.read(Fixtures.big().resolve("parity/input.npy"));
    Map<String, float[]> got = new HashMap<>();
    try (OrtNetwork net = OrtNetwork.load(weights(), 112)) {
      net.forward(input.data(), input.shape()[0], ALL, 2, got::put);
    }
    assertEveryLayer("onnxruntime", got);
  }

  private static Weights weights() {
    Path weightsFile = Fixtures.big().resolve("resnet50-random.safetensors");
    return Weights.read(SafeTensors.open(weightsFile), ResNet50Layout.parameters(), Map.of());
  }

  private static void assertEveryLayer(String engine, Map<String, float[]> got) {
    assertThat(got.keySet()).isEqualTo(ALL);
    for (String layer : ORDER) {
      Npy expected = Npy.read(Fixtures.big().resolve("parity/" + layer + ".npy"));
      double err = Fixtures.relativeError(got.get(layer), expected.data());
      System.out.printf("parity %-11s %-9s max|Δ|/max|ref| = %.2e%n", engine, layer, err);
      assertThat(err).as(engine + " " + layer).isLessThan(TOLERANCE);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"onnxruntime", "libtorch"})
  void endToEndFromImagesThroughThePlugin(String engine) {
    ResNet50Provider p = new ResNet50Provider();
    Options o = Options.parse(p.id(), p.options(), Map.of("weights",
        Fixtures.big().resolve("resnet50-random.safetensors").toString(), "resize", "128", "crop", "112",
        "resample", "float", "engine", engine)); // parity/input.npy is torchvision's float path
    Map<String, float[]> got = new HashMap<>();
    try (VisionModel m = p.create(o)) {
      m.extract(Fixtures.images(List.of("wide", "tall")), List.of("layer1", "layer3.5", "fc"),
          (layer, first, count, values) -> got.put(layer, values.clone()), RunContext.quiet(2));
      assertThat(m.provenance().get("sha256").toString()).hasSize(64);
      assertThat(m.provenance().get("runtime")).isEqualTo(engine);
    }
    for (String layer : List.of("layer1", "layer3.5", "fc")) {
      Npy expected = Npy.read(Fixtures.big().resolve("parity/" + layer + ".npy"));
      float[] first2 = java.util.Arrays.copyOf(expected.data(), 2 * expected.shape()[1]);
      double err = Fixtures.relativeError(got.get(layer), first2);
      System.out.printf("end-to-end %-11s %-9s max|Δ|/max|ref| = %.2e%n", engine, layer, err);
      assertThat(err).as(engine + " " + layer).isLessThan(TOLERANCE);
    }
  }
}
