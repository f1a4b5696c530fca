package org.brainalign.djl.vision;

import org.brainalign.api.model.ImageSource;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.brainalign.djl.vision.preprocess.ImageNetTransform;

/**
 * Reads and transforms images a batch at a time and hands each batch to the network, so memory stays
 * bounded by one batch whatever the number of images.
 */
public final class BatchLoop {
  private BatchLoop() {}

  /** Receives one transformed batch. */
  @FunctionalInterface
  public interface Body {
    /**
     * @param first index of the batch's first image
     * @param count images in the batch
     * @param pixels {@code count × 3 × crop × crop} normalised values
     */
    void accept(int first, int count, float[] pixels);
  }

  /** Runs every image of {@code images} through {@code body}, reporting progress per image. */
  public static void run(ImageSource images, ImageNetTransform transform, int batch, RunContext context,
      String task, Body body) {
    int n = images.size();
    float[] pixels = new float[Math.min(batch, Math.max(n, 1)) * transform.size()];
    try (Progress progress = context.progress(task, n)) {
      for (int first = 0; first < n; first += batch) {
        int count = Math.min(batch, n - first);
        float[] buf = count * transform.size() == pixels.length ? pixels
            : new float[count * transform.size()];
        for (int i = 0; i < count; i++) {
          transform.apply(images.read(first + i), buf, i * transform.size());
        }
        body.accept(first, count, buf);
        progress.advance(count);
      }
    }
  }
}
