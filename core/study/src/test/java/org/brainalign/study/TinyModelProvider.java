package org.brainalign.study;

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
import org.pf4j.Extension;

/**
 * A tiny deterministic test model (host-classpath extension, found by PF4J like a plugin's): layer
 * {@code local} is the 3×4×4 grid of mean colour per cell, layer {@code pooled} the 6 global colour
 * moments. Lets the study runner be tested in seconds without libtorch.
 */
@Extension
public final class TinyModelProvider implements VisionModelProvider {

  @Override
  public String id() {
    return "tiny-model";
  }

  @Override
  public String description() {
    return "test model: 4x4 grid of mean colours and global colour moments";
  }

  static final OptionSpec<Long> BATCH = OptionSpec.integer("batch", 4, "images per batch");
  static final OptionSpec<Boolean> NAN_COLUMN =
      OptionSpec.bool("nan-column", false, "append to 'pooled' a 7th unit, NaN for image 2");
  static final OptionSpec<String> WEIGHTS = OptionSpec.string("weights", "",
      "a 'weights' file: every activation is multiplied by 1 + its first byte / 256");

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(BATCH, NAN_COLUMN, WEIGHTS);
  }

  @Override
  public VisionModel create(Options options) {
    int batch = Math.toIntExact(options.get(BATCH));
    int pooledUnits = options.get(NAN_COLUMN) ? 7 : 6;
    String weights = options.get(WEIGHTS);
    float scale;
    Map<String, Object> provenance;
    try {
      byte[] w = weights.isEmpty() ? new byte[1] : java.nio.file.Files.readAllBytes(
          java.nio.file.Path.of(weights));
      scale = 1f + (w[0] & 0xff) / 256f;
      provenance = weights.isEmpty() ? Map.of("model", "tiny-model", "weights", "none")
          : Map.of("model", "tiny-model", "weights", weights, "sha256",
              org.brainalign.support.digest.Sha256.of(w));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new VisionModel() {
      @Override
      public List<LayerInfo> layers() {
        return List.of(new LayerInfo("local", new int[] {3, 4, 4}),
            new LayerInfo("pooled", new int[] {pooledUnits}));
      }

      @Override
      public void extract(ImageSource images, List<String> layers, ActivationSink sink,
          RunContext context) {
        for (int first = 0; first < images.size(); first += batch) {
          int count = Math.min(batch, images.size() - first);
          float[] local = new float[count * 48];
          float[] pooled = new float[count * pooledUnits];
          for (int b = 0; b < count; b++) {
            RgbImage img = images.read(first + b);
            for (int y = 0; y < img.height(); y++) {
              for (int x = 0; x < img.width(); x++) {
                int cell = (y * 4 / img.height()) * 4 + x * 4 / img.width();
                for (int c = 0; c < 3; c++) {
                  float v = (img.pixels()[(y * img.width() + x) * 3 + c] & 0xff) / 255f;
                  local[b * 48 + c * 16 + cell] += v * 16f / (img.width() * img.height());
                  pooled[b * pooledUnits + c] += v / (img.width() * img.height());
                  pooled[b * pooledUnits + 3 + c] += v * v / (img.width() * img.height());
                }
              }
            }
          }
          for (int b = 0; pooledUnits == 7 && b < count; b++) {
            pooled[b * 7 + 6] = first + b == 2 ? Float.NaN : first + b;
          }
          for (int k = 0; k < local.length; k++) {
            local[k] *= scale;
          }
          if (layers.contains("local")) {
            sink.accept("local", first, count, local);
          }
          if (layers.contains("pooled")) {
            sink.accept("pooled", first, count, pooled);
          }
        }
      }

      @Override
      public Map<String, Object> provenance() {
        return provenance;
      }

      @Override
      public void close() {}
    };
  }
}
