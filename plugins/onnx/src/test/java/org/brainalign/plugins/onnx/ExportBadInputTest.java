package org.brainalign.plugins.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.model.VisionModelProvider;
import org.brainalign.plugins.resnet50.torchscript.TorchScriptProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input around exported models, each an exit-2 exception naming what is wrong: graphs the onnx
 * model cannot take, options that contradict the sidecar, a sidecar that does not fit its model.
 */
class ExportBadInputTest {
  static final Path MOBILENET = ExportFixtures.small().resolve("mobilenet_v3_small");

  @TempDir
  Path dir;

  private static VisionModel model(VisionModelProvider p, Path file, Map<String, String> extra) {
    Map<String, String> o = new HashMap<>(Map.of("file", file.toString(), "threads", "1"));
    o.putAll(extra);
    return ExportFixtures.create(p, o);
  }

  @Test
  void anOutputThatIsNeither4dNor2dIsRefusedByName() {
    Path bad = ExportFixtures.small().resolve("bad/rank3.onnx");
    try (VisionModel m = model(new OnnxProvider(), bad, Map.of("resize", "8", "crop", "8"))) {
      assertThatThrownBy(m::layers).isInstanceOf(DataFormatException.class)
          .hasMessageContaining("rank3.onnx").hasMessageContaining("output 'flat'")
          .hasMessageContaining("3-D").hasMessageContaining("expected 4-D");
    }
  }

  @Test
  void aGraphWithoutOutputsIsRefused() {
    Path bad = ExportFixtures.small().resolve("bad/no_outputs.onnx");
    try (VisionModel m = model(new OnnxProvider(), bad, Map.of("resize", "8", "crop", "8"))) {
      assertThatThrownBy(m::layers).isInstanceOf(DataFormatException.class)
          .hasMessageContaining("no_outputs.onnx").hasMessageContaining("no outputs");
    }
  }

  @Test
  void anOptionContradictingTheSidecarIsRefusedNamingBothValues() {
    assertThatThrownBy(() -> model(new OnnxProvider(), MOBILENET.resolve("model.onnx"),
        Map.of("resize", "100")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("option 'resize' of 'onnx'")
        .hasMessageContaining("exported with resize=37").hasMessageContaining("found resize=100")
        .hasMessageContaining("model.onnx.json");
    // Written at its default value (256) is still written: it contradicts the export's 37.
    assertThatThrownBy(() -> model(new OnnxProvider(), MOBILENET.resolve("model.onnx"),
        Map.of("resize", "256")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("found resize=256");
    assertThatThrownBy(() -> model(new TorchScriptProvider(), MOBILENET.resolve("model.pt"),
        Map.of("crop", "40", "resize", "37")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("option 'crop' of 'torchscript'")
        .hasMessageContaining("exported with crop=32").hasMessageContaining("found crop=40");
    assertThatThrownBy(() -> model(new TorchScriptProvider(), MOBILENET.resolve("model.pt"),
        Map.of("mean", "[0.5,0.5,0.5]")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("option 'mean'")
        .hasMessageContaining("[0.485, 0.456, 0.406]").hasMessageContaining("[0.5, 0.5, 0.5]");
    assertThatThrownBy(() -> model(new TorchScriptProvider(), MOBILENET.resolve("model.pt"),
        Map.of("names", "[a,b]")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("option 'names'")
        .hasMessageContaining("[features.1, features.2]").hasMessageContaining("[a, b]");
  }

  @Test
  void optionsThatAgreeWithTheSidecarAreAccepted() {
    try (VisionModel m = model(new OnnxProvider(), MOBILENET.resolve("model.onnx"),
        Map.of("resize", "37", "crop", "32", "batch", "3"))) {
      assertThat(m.layers()).extracting(LayerInfo::name).containsExactly("features.1", "features.2");
      assertThat(m.layers().get(0).shape()).containsExactly(16, 8, 8);
    }
  }

  @Test
  void aSidecarThatDoesNotFitItsModelIsRefusedNamingTheLayer() throws IOException {
    for (String file : List.of("model.onnx", "model.pt")) {
      Path copy = Files.copy(MOBILENET.resolve(file), dir.resolve(file));
      Files.writeString(dir.resolve(file + ".json"), Files.readString(MOBILENET.resolve(file + ".json"))
          .replace("\"features.2\"", "\"features.9\""));
      VisionModelProvider p = file.endsWith(".onnx") ? new OnnxProvider() : new TorchScriptProvider();
      try (VisionModel m = model(p, copy, Map.of())) {
        assertThatThrownBy(() -> ExportFixtures.extract(m, ExportFixtures.images(ExportFixtures.small()),
            List.of("all"))).isInstanceOf(DataFormatException.class).as(file)
            .hasMessageContaining("features.9").hasMessageContaining(file + ".json");
      }
    }
  }

  @Test
  void aMalformedSidecarIsRefusedWithWhatItNeeds() throws IOException {
    Path copy = Files.copy(MOBILENET.resolve("model.onnx"), dir.resolve("model.onnx"));
    Files.writeString(dir.resolve("model.onnx.json"), "{\"layers\": 3}");
    assertThatThrownBy(() -> model(new OnnxProvider(), copy, Map.of()))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("model.onnx.json")
        .hasMessageContaining("'layers'");
  }

  @Test
  void aMissingFileNamesTheExportScript() {
    assertThatThrownBy(() -> model(new OnnxProvider(), dir.resolve("none.onnx"), Map.of()))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("none.onnx")
        .hasMessageContaining("tools/export-model.py");
  }
}
