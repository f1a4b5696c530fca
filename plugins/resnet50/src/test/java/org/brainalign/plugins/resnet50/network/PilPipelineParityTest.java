package org.brainalign.plugins.resnet50.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.extension.Options;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.RunContext;
import org.brainalign.plugins.resnet50.ResNet50Provider;
import org.brainalign.plugins.resnet50.testing.Fixtures;
import org.brainalign.plugins.resnet50.testing.Npy;
import org.brainalign.support.image.ImageDecoding;
import org.junit.jupiter.api.Test;

/**
 * From image files to every layer, against torchvision's standard ImageNet pipeline on PIL images
 * ({@code Image.open(f).convert("RGB")}, {@code Resize(256)}, {@code CenterCrop(224)},
 * {@code ToTensor}, {@code Normalize}) and the same random weights: the plugin's defaults, the host's
 * decoder. Photographs from Debian packages (scikit-learn's china.jpg and flower.jpg, SciPy's face as
 * PNG) where the fixture script found them. Also reports how far the JPEG decode is from PIL's.
 */
class PilPipelineParityTest {
  static final double TOLERANCE = 1e-4;

  @Test
  void everyLayerMatchesTorchvisionsPilPipelineOnPhotographs() throws IOException {
    assumeTrue(Fixtures.bigPresent(), "big fixtures missing; run: " + Fixtures.GENERATE);
    Path dir = Fixtures.big().resolve("parity-pil");
    assumeTrue(Files.isRegularFile(dir.resolve("images.txt")),
        "parity-pil fixtures missing (older fixture set); run: " + Fixtures.GENERATE);
    List<String> names = Files.readAllLines(dir.resolve("images.txt")).stream()
        .filter(s -> !s.isBlank()).toList();
    for (String n : names) {
      RgbImage img = ImageDecoding.read(dir.resolve(n));
      byte[] pil = Npy.readBytes(dir.resolve(n + ".rgb.npy"));
      int worst = 0;
      long differing = 0;
      for (int i = 0; i < pil.length; i++) {
        int d = Math.abs((img.pixels()[i] & 0xFF) - (pil[i] & 0xFF));
        worst = Math.max(worst, d);
        differing += d == 0 ? 0 : 1;
      }
      System.out.printf("decode %s (%d×%d): max|Java − PIL| = %d, %d of %d samples differ%n", n,
          img.width(), img.height(), worst, differing, pil.length);
    }
    ImageSource files = ImageSource.of(names, i -> ImageDecoding.read(dir.resolve(names.get(i))));
    ResNet50Provider p = new ResNet50Provider();
    Options o = Options.parse(p.id(), p.options(), Map.of("weights",
        Fixtures.big().resolve("resnet50-random.safetensors").toString(), "batch", "4"));
    List<String> layers = ResNet50Layout.layers(224).stream().map(l -> l.name()).toList();
    Map<String, float[]> got = new HashMap<>();
    try (VisionModel m = p.create(o)) {
      assertThat(m.provenance()).containsEntry("resample", "pil");
      m.extract(files, layers, (layer, first, count, values) -> got.put(layer, values.clone()),
          RunContext.quiet(2));
    }
    for (String layer : layers) {
      Npy expected = Npy.read(dir.resolve(layer + ".npy"));
      double err = Fixtures.relativeError(got.get(layer), expected.data());
      System.out.printf("PIL pipeline %-9s max|Δ|/max|ref| = %.2e%n", layer, err);
      assertThat(err).as(layer).isLessThan(TOLERANCE);
    }
  }
}
