package org.brainalign.plugins.surrogate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.brainalign.api.model.ActivationSink;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.ForwardingRunContext;
import org.brainalign.api.run.RunContext;
import org.brainalign.plugins.simulated.random.Draws;

/**
 * A two-layer test network: {@code a} (8 × 6 × 6) = tanh of a random mix of the mean RGB of each
 * cell of a 6 × 6 grid over the image plus its squared contrast; {@code b} (16 × 3 × 3) = relu of a
 * random mix of {@code a}'s 2 × 2 blocks. Deterministic, no native code.
 */
final class ToyModel implements VisionModel {
  static final List<LayerInfo> LAYERS = List.of(new LayerInfo("a", new int[] {8, 6, 6}),
      new LayerInfo("b", new int[] {16, 3, 3}));
  private final double[] wa = new double[8 * 4];
  private final double[] wb = new double[16 * 8 * 4];
  private final AtomicInteger imagesRun;

  ToyModel(long seed) {
    this(seed, new AtomicInteger());
  }

  /** @param imagesRun counts the images every {@link #extract} runs on */
  ToyModel(long seed, AtomicInteger imagesRun) {
    this.imagesRun = imagesRun;
    Draws d = new Draws(seed);
    for (int i = 0; i < wa.length; i++) {
      wa[i] = d.normal();
    }
    for (int i = 0; i < wb.length; i++) {
      wb[i] = d.normal() / Math.sqrt(32);
    }
  }

  @Override
  public List<LayerInfo> layers() {
    return LAYERS;
  }

  /** Both layers of one image, (C, H, W) flattened. */
  float[][] forward(RgbImage img) {
    float[] a = new float[8 * 36];
    for (int h = 0; h < 6; h++) {
      for (int w = 0; w < 6; w++) {
        double[] f = new double[4];
        int y0 = h * img.height() / 6;
        int y1 = (h + 1) * img.height() / 6;
        int x0 = w * img.width() / 6;
        int x1 = (w + 1) * img.width() / 6;
        int count = 0;
        double ss = 0;
        for (int y = y0; y < y1; y++) {
          for (int x = x0; x < x1; x++) {
            int o = (y * img.width() + x) * 3;
            for (int k = 0; k < 3; k++) {
              double v = (img.pixels()[o + k] & 0xff) / 255.0;
              f[k] += v;
              ss += v * v;
            }
            count++;
          }
        }
        for (int k = 0; k < 3; k++) {
          f[k] /= count;
        }
        f[3] = ss / (3 * count) - (f[0] * f[0] + f[1] * f[1] + f[2] * f[2]) / 3;
        for (int c = 0; c < 8; c++) {
          double s = 0;
          for (int k = 0; k < 4; k++) {
            s += wa[c * 4 + k] * (k == 3 ? 10 * f[k] : f[k] - 0.5);
          }
          a[c * 36 + h * 6 + w] = (float) Math.tanh(2 * s);
        }
      }
    }
    float[] b = new float[16 * 9];
    for (int h = 0; h < 3; h++) {
      for (int w = 0; w < 3; w++) {
        for (int o = 0; o < 16; o++) {
          double s = 0;
          for (int c = 0; c < 8; c++) {
            for (int k = 0; k < 4; k++) {
              int y = 2 * h + k / 2;
              int x = 2 * w + k % 2;
              s += wb[(o * 8 + c) * 4 + k] * a[c * 36 + y * 6 + x];
            }
          }
          b[o * 9 + h * 3 + w] = (float) Math.max(0, s);
        }
      }
    }
    return new float[][] {a, b};
  }

  @Override
  public void extract(ImageSource images, List<String> layers, ActivationSink sink,
      RunContext context) {
    imagesRun.addAndGet(images.size());
    for (int i = 0; i < images.size(); i++) {
      float[][] out = forward(images.read(i));
      for (String l : layers) {
        sink.accept(l, i, 1, l.equals("a") ? out[0] : out[1]);
      }
    }
  }

  @Override
  public Map<String, Object> provenance() {
    return Map.of("model", "toy");
  }

  @Override
  public void close() {}

  /**
   * A context whose {@link org.brainalign.api.model.ModelFactory} gives a toy model seeded by the
   * spec's last digit.
   */
  static RunContext context() {
    return context(new AtomicInteger(), new AtomicInteger());
  }

  /** The toy context, counting the models it creates and the images they run on. */
  static RunContext context(AtomicInteger models, AtomicInteger images) {
    return new ForwardingRunContext(RunContext.quiet(1, 1L << 30)) {
      @Override
      public <T> java.util.Optional<T> offered(Class<T> type) {
        if (type != org.brainalign.api.model.ModelFactory.class) {
          return java.util.Optional.empty();
        }
        org.brainalign.api.model.ModelFactory factory = spec -> {
          if (!spec.startsWith("toy")) {
            throw new org.brainalign.api.InvalidInputException("unknown model " + spec);
          }
          models.incrementAndGet();
          return new ToyModel(spec.equals("toy") ? 0 : Long.parseLong(spec.substring(4)), images);
        };
        return java.util.Optional.of(type.cast(factory));
      }
    };
  }
}
