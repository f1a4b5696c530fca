package org.brainalign.plugins.resnet50.torchscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.contract.VisionModelContract;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.RunContext;
import org.brainalign.plugins.resnet50.testing.Fixtures;
import org.brainalign.plugins.resnet50.testing.Npy;
import org.junit.jupiter.api.Test;

/** A tiny network scripted by torch 1.13 (generate_fixtures.py), run through libtorch 2.7.1. */
class TorchScriptProviderTest extends VisionModelContract {

  static Path resource(String name) {
    try {
      return Path.of(TorchScriptProviderTest.class.getResource("/fixtures/torchscript/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  TorchScriptProviderTest() {
    // The tiny network's fixtures were computed on torchvision's float path.
    super(new TorchScriptProvider(), Map.of("file", resource("tiny_dict.pt").toString(),
        "resize", "48", "crop", "40", "threads", "1", "resample", "float"));
  }

  @Test
  void dictOutputsMatchTorchOnTheSameImages() {
    Map<String, float[]> got = new HashMap<>();
    try (VisionModel m = createWith(Map.of("batch", "2"))) {
      assertThat(m.layers()).extracting(LayerInfo::name).containsExactly("block", "pool", "stem");
      assertThat(m.layers().get(2).shape()).containsExactly(4, 20, 20);
      m.extract(Fixtures.images(List.of("wide", "tall")), List.of("all"),
          (layer, first, count, values) -> got.put(layer, values.clone()), RunContext.quiet(1));
    }
    for (String key : List.of("stem", "block", "pool")) {
      float[] wide = Npy.resource("/fixtures/torchscript/tiny_wide_" + key + ".npy").data();
      float[] tall = Npy.resource("/fixtures/torchscript/tiny_tall_" + key + ".npy").data();
      float[] both = new float[wide.length * 2];
      System.arraycopy(wide, 0, both, 0, wide.length);
      System.arraycopy(tall, 0, both, wide.length, tall.length);
      assertThat(Fixtures.relativeError(got.get(key), both)).as(key).isLessThan(1e-5);
    }
  }

  @Test
  void tupleOutputsAreNamedByOptionOrByPosition() {
    try (VisionModel m = createWith(Map.of("file", resource("tiny_tuple.pt").toString()))) {
      assertThat(m.layers()).extracting(LayerInfo::name).containsExactly("output0", "output1");
    }
    try (VisionModel m = createWith(Map.of("file", resource("tiny_tuple.pt").toString(),
        "names", "[stem,block]"))) {
      assertThat(m.layers()).extracting(LayerInfo::name).containsExactly("stem", "block");
    }
    try (VisionModel m = createWith(Map.of("file", resource("tiny_tuple.pt").toString(),
        "names", "[a,b,c]"))) {
      assertThatThrownBy(m::layers).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("one name per returned tensor (2)");
    }
    try (VisionModel m = createWith(Map.of("names", "[pool,stem]"))) {
      assertThat(m.layers()).extracting(LayerInfo::name).containsExactly("pool", "stem");
    }
  }

  @Test
  void missingOrBrokenFilesFailClearly() {
    assertThatThrownBy(() -> createWith(Map.of("file", "/no/such.pt")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("no such file");
    Path notTorchScript = Path.of(getClass().getResource("/fixtures/images/wide.png").getPath());
    try (VisionModel m = createWith(Map.of("file", notTorchScript.toString()))) {
      assertThatThrownBy(m::layers).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("cannot load as TorchScript");
    }
  }
}
