package org.brainalign.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brainalign.api.extension.ExtensionProvider;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.model.VisionModelProvider;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;

/** Contract for {@link VisionModelProvider}s: declared layers come back with their declared sizes. */
public abstract class VisionModelContract extends ExtensionProviderContract<VisionModel> {

  /** @see ExtensionProviderContract#ExtensionProviderContract(ExtensionProvider, Map) */
  protected VisionModelContract(VisionModelProvider provider, Map<String, String> workingOptions) {
    super(provider, workingOptions);
  }

  /** Two small seeded images. */
  protected ImageSource sampleImages() {
    return ImageSource.of(List.of("img0", "img1"), index -> {
      byte[] px = new byte[64 * 48 * 3];
      for (int i = 0; i < px.length; i++) {
        px[i] = (byte) ((i * 31 + index * 7) & 0xff);
      }
      return new RgbImage(64, 48, px);
    });
  }

  @Test
  void lastLayerComesBackWithItsDeclaredSize() {
    try (VisionModel model = provider().create(options())) {
      List<LayerInfo> layers = model.layers();
      assertThat(layers).isNotEmpty();
      LayerInfo last = layers.get(layers.size() - 1);
      List<float[]> got = new ArrayList<>();
      model.extract(sampleImages(), List.of(last.name()),
          (layer, first, count, values) -> got.add(values.clone()), RunContext.quiet(1));
      int total = got.stream().mapToInt(v -> v.length).sum();
      assertThat(total).isEqualTo(2 * last.size());
    }
  }
}
