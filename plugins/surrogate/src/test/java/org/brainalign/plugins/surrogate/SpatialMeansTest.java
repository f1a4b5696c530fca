package org.brainalign.plugins.surrogate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.brainalign.api.model.LayerInfo;
import org.junit.jupiter.api.Test;

/** A pooled ROI's equivalent layers are found from the activations, not from names or shapes. */
class SpatialMeansTest {
  static final SourceLayer SOURCE = new SourceLayer("conv", 3, 2, 2);
  static final List<LayerInfo> MODEL = List.of(new LayerInfo("conv", new int[] {3, 2, 2}),
      new LayerInfo("pool", new int[] {3, 1, 1}), new LayerInfo("max", new int[] {3}),
      new LayerInfo("fc", new int[] {5}));

  @Test
  void onlyTheLayerHoldingTheSpatialMeanIsEquivalent() {
    SpatialMeans s = feed(false);
    assertThat(s.extraLayers()).containsExactly("pool", "max");
    assertThat(s.equivalents()).isEqualTo(Map.of("conv", List.of("pool")));
  }

  @Test
  void theOrderInWhichLayersArriveDoesNotMatter() {
    assertThat(feed(true).equivalents()).isEqualTo(Map.of("conv", List.of("pool")));
  }

  @Test
  void aFlatSourceOrAModelWithoutSuchLayersHasNone() {
    assertThat(new SpatialMeans(List.of(new SourceLayer("pool", 3, 1, 1)), MODEL, 4)
        .extraLayers()).isEmpty();
    assertThat(new SpatialMeans(List.of(SOURCE), MODEL.subList(0, 1), 4).equivalents()).isEmpty();
  }

  /** Two batches of two images: conv random, pool its spatial mean, max its spatial maximum. */
  private static SpatialMeans feed(boolean flatFirst) {
    SpatialMeans s = new SpatialMeans(List.of(SOURCE), MODEL, 4);
    Random r = new Random(7);
    for (int first = 0; first < 4; first += 2) {
      float[] conv = new float[2 * 12];
      float[] pool = new float[2 * 3];
      float[] max = new float[2 * 3];
      for (int i = 0; i < 2; i++) {
        for (int c = 0; c < 3; c++) {
          double sum = 0;
          float m = -Float.MAX_VALUE;
          for (int x = 0; x < 4; x++) {
            float v = (float) r.nextGaussian();
            conv[i * 12 + c * 4 + x] = v;
            sum += v;
            m = Math.max(m, v);
          }
          pool[i * 3 + c] = (float) (sum / 4);
          max[i * 3 + c] = m;
        }
      }
      if (flatFirst) {
        s.accept("pool", first, 2, pool);
        s.accept("max", first, 2, max);
        s.accept("conv", first, 2, conv);
      } else {
        s.accept("conv", first, 2, conv);
        s.accept("pool", first, 2, pool);
        s.accept("max", first, 2, max);
      }
    }
    return s;
  }
}
