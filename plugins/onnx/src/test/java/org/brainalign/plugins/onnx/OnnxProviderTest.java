package org.brainalign.plugins.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.brainalign.api.contract.VisionModelContract;
import org.brainalign.api.model.VisionModel;
import org.junit.jupiter.api.Test;

/** The model contract on the committed MobileNetV3 slice, and what its provenance records. */
class OnnxProviderTest extends VisionModelContract {
  OnnxProviderTest() {
    super(new OnnxProvider(), Map.of(
        "file", ExportBadInputTest.MOBILENET.resolve("model.onnx").toString(), "threads", "1"));
  }

  @Test
  void provenanceNamesTheEngineTheSidecarAndTheExport() {
    try (VisionModel m = createWith(Map.of())) {
      assertThat(m.provenance()).containsEntry("model", "onnx").containsEntry("resize", 37)
          .containsEntry("crop", 32).containsKey("sha256")
          .hasEntrySatisfying("engine", e -> assertThat(e.toString()).contains("ONNX Runtime 1.21"))
          .hasEntrySatisfying("sidecar", s -> assertThat(s.toString()).endsWith("model.onnx.json"))
          .hasEntrySatisfying("export", s -> assertThat(s.toString()).contains("mobilenet_v3_small")
              .contains("weights=random"));
    }
  }
}
