package org.brainalign.djl.vision.preprocess;

import java.util.SplittableRandom;
import org.brainalign.api.model.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Milliseconds per image of the preprocessing (resize to 256, crop 224, normalise) in each
 * {@link Resample} mode, one thread, on photograph sizes; set against the forward pass in
 * docs/benchmarks/resnet50.md. Run with {@code -Dbrainalign.bench=true}, not by the build.
 */
@EnabledIfSystemProperty(named = "brainalign.bench", matches = "true")
class ResizeCostBench {
  @Test
  void millisecondsPerImage() {
    int[][] sizes = {{640, 427}, {1024, 768}, {500, 375}};
    for (int[] s : sizes) {
      SplittableRandom rng = new SplittableRandom(s[0]);
      byte[] px = new byte[s[0] * s[1] * 3];
      for (int i = 0; i < px.length; i++) {
        px[i] = (byte) rng.nextInt(256);
      }
      RgbImage img = new RgbImage(s[0], s[1], px);
      float[] out = new float[3 * 224 * 224];
      for (Resample mode : Resample.values()) {
        ImageNetTransform t = new ImageNetTransform(256, 224, mode);
        for (int i = 0; i < 20; i++) {
          t.apply(img, out, 0); // warm-up
        }
        int reps = 50;
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
          t.apply(img, out, 0);
        }
        double ms = (System.nanoTime() - t0) / 1e6 / reps;
        System.out.printf("preprocess %dx%d resample=%s ms/image=%.2f%n", s[0], s[1], mode.id(), ms);
      }
    }
  }
}
