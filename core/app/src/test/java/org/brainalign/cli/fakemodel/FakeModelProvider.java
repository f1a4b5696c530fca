package org.brainalign.cli.fakemodel;

import java.util.List;
import java.util.Map;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.model.ActivationSink;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.model.VisionModelProvider;
import org.brainalign.api.run.RunContext;

/**
 * A model for CLI tests, packaged into a plugin jar by the test (deliberately not annotated, so it is
 * not a system extension of the test class path): layer {@code a} (2×2×2) holds
 * {@code red(image) + index/10} and layer {@code b} (3) holds {@code width, height, index}.
 */
public final class FakeModelProvider implements VisionModelProvider {
  @Override
  public String id() {
    return "fake-model";
  }

  @Override
  public String description() {
    return "test model";
  }

  static final OptionSpec<Long> BATCH = OptionSpec.integer("batch", 2, "images per batch");

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(BATCH);
  }

  @Override
  public VisionModel create(Options options) {
    int batch = Math.toIntExact(options.get(BATCH));
    return new VisionModel() {
      @Override
      public List<LayerInfo> layers() {
        return List.of(new LayerInfo("a", new int[] {2, 2, 2}), new LayerInfo("b", new int[] {3}));
      }

      @Override
      public void extract(ImageSource images, List<String> names, ActivationSink sink, RunContext c) {
        for (int first = 0; first < images.size(); first += batch) {
          int n = Math.min(batch, images.size() - first);
          float[] a = new float[n * 8];
          float[] b = new float[n * 3];
          for (int i = 0; i < n; i++) {
            RgbImage img = images.read(first + i);
            for (int k = 0; k < 8; k++) {
              a[i * 8 + k] = (img.pixels()[0] & 0xff) + k / 10f;
            }
            b[i * 3] = img.width();
            b[i * 3 + 1] = img.height();
            b[i * 3 + 2] = first + i;
          }
          if (names.contains("a")) {
            sink.accept("a", first, n, a);
          }
          if (names.contains("b")) {
            sink.accept("b", first, n, b);
          }
        }
      }

      @Override
      public Map<String, Object> provenance() {
        return Map.of("model", "fake-model", "weights", "none");
      }

      @Override
      public void close() {}
    };
  }
}
