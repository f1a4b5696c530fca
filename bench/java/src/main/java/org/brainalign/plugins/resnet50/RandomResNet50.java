package org.brainalign.plugins.resnet50;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.brainalign.api.extension.Options;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.RunContext;

/**
 * The set-up {@link ThroughputBench} and {@link DeviceSmoke} share: ResNet50 with random weights
 * (seed 0) and seeded 256×256 noise images (no resampling: the time is the crop, normalisation and
 * network, as in {@code bench/python/resnet50_torch.py}).
 */
final class RandomResNet50 {
  private RandomResNet50() {}

  /**
   * ResNet50 (random:0) on {@code device} and {@code engine} ({@code null}: the plugin's default).
   */
  static VisionModel model(String device, String engine, int threads, String batch) {
    ResNet50Provider p = new ResNet50Provider();
    Map<String, String> o = new java.util.HashMap<>(Map.of("weights", "random:0", "batch", batch,
        "threads", Integer.toString(threads)));
    if (device != null) {
      o.put("device", device);
    }
    if (engine != null) {
      o.put("engine", engine);
    }
    return p.create(Options.parse(p.id(), p.options(), o));
  }

  /** Seconds to extract {@code layer4} from {@code images} noise images, features discarded. */
  static double timeLayer4(VisionModel m, int images, int threads) {
    long t0 = System.nanoTime();
    m.extract(images(images), List.of("layer4"), (l, f, c, v) -> { }, RunContext.quiet(threads));
    return (System.nanoTime() - t0) / 1e9;
  }

  /** {@code n} seeded 256×256 RGB noise images. */
  static ImageSource images(int n) {
    return ImageSource.of(IntStream.range(0, n).mapToObj(i -> "img" + i).toList(), index -> {
      SplittableRandom rng = new SplittableRandom(index);
      byte[] px = new byte[256 * 256 * 3];
      for (int i = 0; i < px.length; i++) {
        px[i] = (byte) rng.nextInt(256);
      }
      return new RgbImage(256, 256, px);
    });
  }
}
