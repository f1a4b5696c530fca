package org.brainalign.plugins.resnet50;

import org.brainalign.api.model.VisionModel;

/**
 * Images per second to {@code layer4} at 224 px (random weights), after a warm-up batch: run by
 * {@code bench/run resnet50}. Arguments {@code THREADS BATCH IMAGES [ENGINE]} (default 2 16 64 and
 * the plugin's default engine, else {@code onnxruntime} or {@code libtorch}); model and images from
 * {@link RandomResNet50}.
 */
public final class ThroughputBench {
  private ThroughputBench() {}

  public static void main(String[] args) {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int images = args.length > 2 ? Integer.parseInt(args[2]) : 64;
    String engine = args.length > 3 ? args[3] : null;
    try (VisionModel m = RandomResNet50.model(null, engine, threads, Integer.toString(batch))) {
      RandomResNet50.timeLayer4(m, batch, threads);
      double s = RandomResNet50.timeLayer4(m, images, threads);
      System.out.printf(java.util.Locale.ROOT,
          "java-%s threads=%d batch=%d images=%d seconds=%.2f images/s=%.2f%n",
          m.provenance().get("runtime"), threads, batch, images, s, images / s);
    }
  }
}
