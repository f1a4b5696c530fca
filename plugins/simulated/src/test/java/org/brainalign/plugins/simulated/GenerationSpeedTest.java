package org.brainalign.plugins.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;

/**
 * The default dataset (240 images of 112 px, 150 voxels per ROI) and all its responses take well
 * under 10 s: measured about 2 s on one thread of this 2-core machine under load.
 */
class GenerationSpeedTest {

  @Test
  void defaultsAreGeneratedInUnderTenSeconds() {
    long start = System.nanoTime();
    try (SimulatedDataset ds = Datasets.create(Map.of())) {
      for (String roi : ds.rois("subj01")) {
        assertThat(ds.responses("subj01", roi, RunContext.quiet(1)).data().rows()).isEqualTo(240);
      }
      var images = ds.stimuli("subj01", RunContext.quiet(1));
      for (int i = 0; i < images.size(); i++) {
        images.read(i);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("defaults: responses of both ROIs and every image in %.2f s (1 thread)%n", seconds);
    assertThat(seconds).isLessThan(10);
  }
}
