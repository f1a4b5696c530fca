package org.brainalign.plugins.resnet50;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.brainalign.api.extension.Options;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.RunContext;

/**
 * Images per second to {@code layer4} at 224 px (random weights), after a warm-up batch: run by
 * {@code bench/run resnet50}. Arguments {@code THREADS BATCH IMAGES} (default 2 16 64). Images are
 * 256×256 so that, as in {@code bench/python/resnet50_torch.py}, no resampling happens and the time
 * is the crop, normalisation and network.
 */
public final class ThroughputBench {
  private ThroughputBench() {}

  public static void main(String[] args) {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int images = args.length > 2 ? Integer.parseInt(args[2]) : 64;
    ResNet50Provider p = new ResNet50Provider();
    Options o = Options.parse(p.id(), p.options(), Map.of("weights", "random:0",
        "batch", Integer.toString(batch), "threads", Integer.toString(threads)));
    try (VisionModel m = p.create(o)) {
      m.extract(source(batch), List.of("layer4"), (l, f, c, v) -> { }, RunContext.quiet(threads));
      long t0 = System.nanoTime();
      m.extract(source(images), List.of("layer4"), (l, f, c, v) -> { }, RunContext.quiet(threads));
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(java.util.Locale.ROOT, "java-djl threads=%d batch=%d images=%d seconds=%.2f images/s=%.2f%n",
          threads, batch, images, s, images / s);
    }
  }

  private static ImageSource source(int n) {
    return new ImageSource() {
      @Override
      public int size() {
        return n;
      }

      @Override
      public String id(int index) {
        return "img" + index;
      }

      @Override
      public RgbImage read(int index) {
        SplittableRandom rng = new SplittableRandom(index);
        byte[] px = new byte[256 * 256 * 3];
        for (int i = 0; i < px.length; i++) {
          px[i] = (byte) rng.nextInt(256);
        }
        return new RgbImage(256, 256, px);
      }
    };
  }
}
