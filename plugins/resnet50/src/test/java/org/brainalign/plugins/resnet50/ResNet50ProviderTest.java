package org.brainalign.plugins.resnet50;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.contract.VisionModelContract;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;

class ResNet50ProviderTest extends VisionModelContract {

  ResNet50ProviderTest() {
    super(new ResNet50Provider(),
        Map.of("weights", "random:0", "resize", "36", "crop", "32", "batch", "2", "threads", "1"));
  }

  @Test
  void streamsEveryRequestedLayerBatchByBatchInDepthOrder() {
    List<String> seen = new ArrayList<>();
    try (VisionModel m = createWith(Map.of("batch", "1"))) {
      m.extract(sampleImages(), List.of("layer4", "relu", "layer2.*"),
          (layer, first, count, values) -> {
            seen.add(layer + "@" + first);
            LayerInfo info = m.layers().stream().filter(l -> l.name().equals(layer)).findFirst().get();
            assertThat(values).hasSize(count * info.size());
          }, RunContext.quiet(1));
    }
    assertThat(seen).containsExactly(
        "relu@0", "layer2.0@0", "layer2.1@0", "layer2.2@0", "layer2.3@0", "layer4@0",
        "relu@1", "layer2.0@1", "layer2.1@1", "layer2.2@1", "layer2.3@1", "layer4@1");
  }

  @Test
  void sameSeedGivesSameActivationsAndBatchingDoesNotMatter() {
    float[] a = last(createWith(Map.of("batch", "2")));
    float[] b = last(createWith(Map.of("batch", "1")));
    float[] c = last(createWith(Map.of("weights", "random:1")));
    assertThat(b).containsExactly(a, org.assertj.core.data.Offset.offset(1e-5f * max(a)));
    assertThat(c).isNotEqualTo(a);
  }

  private float[] last(VisionModel m) {
    try (m) {
      float[][] rows = new float[2][];
      m.extract(sampleImages(), List.of("fc"), (layer, first, count, values) -> {
        int len = values.length / count;
        for (int i = 0; i < count; i++) {
          rows[first + i] = java.util.Arrays.copyOfRange(values, i * len, (i + 1) * len);
        }
      }, RunContext.quiet(1));
      float[] all = new float[rows[0].length * 2];
      System.arraycopy(rows[0], 0, all, 0, rows[0].length);
      System.arraycopy(rows[1], 0, all, rows[0].length, rows[1].length);
      return all;
    }
  }

  private static float max(float[] v) {
    float m = 0;
    for (float x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }

  @Test
  void layersAtTorchvisionSizeHaveTorchvisionShapes() {
    try (VisionModel m = createWith(Map.of("resize", "256", "crop", "224"))) {
      Map<String, String> shapes = new HashMap<>();
      m.layers().forEach(l -> shapes.put(l.name(), java.util.Arrays.toString(l.shape())));
      assertThat(shapes).containsEntry("relu", "[64, 112, 112]")
          .containsEntry("maxpool", "[64, 56, 56]")
          .containsEntry("layer1", "[256, 56, 56]")
          .containsEntry("layer2.3", "[512, 28, 28]")
          .containsEntry("layer3.5", "[1024, 14, 14]")
          .containsEntry("layer4", "[2048, 7, 7]")
          .containsEntry("avgpool", "[2048, 1, 1]")
          .containsEntry("fc", "[1000]");
      assertThat(m.layers()).hasSize(4 + 16 + 4 + 2);
    }
  }

  @Test
  void unknownLayerNamesTheKnownOnes() {
    try (VisionModel m = createWith(Map.of())) {
      assertThatThrownBy(() -> m.extract(sampleImages(), List.of("layer5"), (l, f, c, v) -> { },
          RunContext.quiet(1)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("layer5").hasMessageContaining("layer4.2");
    }
  }

  @Test
  void badOptionsFailWithTheConstraint() {
    assertThatThrownBy(() -> createWith(Map.of("crop", "16", "resize", "16")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("at least 32");
    assertThatThrownBy(() -> createWith(Map.of("crop", "64", "resize", "48")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("crop ≤ resize");
    assertThatThrownBy(() -> createWith(Map.of("crop", "100000", "resize", "100000"))) // issue 17
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("≤ 4096")
        .hasMessageContaining("resize=100000");
    assertThatThrownBy(() -> createWith(Map.of("resample", "bicubic")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("bicubic");
    assertThatThrownBy(() -> createWith(Map.of("weights", "random:x")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("random:SEED");
    assertThatThrownBy(() -> createWith(Map.of("weights", "/no/such/file.safetensors")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("no such file");
    assertThatThrownBy(() -> createWith(Map.of("device", "gpu"))) // the test class path has the CPU libtorch
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("PYTORCH_LIBRARY_PATH");
    assertThatThrownBy(() -> createWith(Map.of("device", "gpu", "engine", "onnxruntime")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("CPU only")
        .hasMessageContaining("engine=libtorch");
    assertThatThrownBy(() -> createWith(Map.of("engine", "tensorrt")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("onnxruntime")
        .hasMessageContaining("libtorch");
    assertThatThrownBy(() -> createWith(Map.of("batch", "0")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("batch");
  }

  @Test
  void provenanceNamesWeightsPreprocessingAndEngine() {
    try (VisionModel m = createWith(Map.of())) {
      assertThat(m.provenance()).containsEntry("model", "resnet50")
          .containsEntry("weights", "random:0").containsEntry("crop", 32)
          .containsKey("preprocessing");
      assertThat(m.provenance()).containsEntry("runtime", "onnxruntime");
      assertThat(m.provenance().get("engine").toString()).isEqualTo("ONNX Runtime 1.21.1");
    }
    try (VisionModel m = createWith(Map.of("engine", "libtorch"))) {
      assertThat(m.provenance()).containsEntry("runtime", "libtorch");
      assertThat(m.provenance().get("engine").toString()).contains("DJL 0.36.0").contains("PyTorch 2.7.1");
    }
  }
}
