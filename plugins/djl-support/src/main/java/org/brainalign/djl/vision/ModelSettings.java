package org.brainalign.djl.vision;

import java.util.List;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.djl.vision.preprocess.ImageNetTransform;
import org.brainalign.djl.vision.preprocess.Resample;

/**
 * Options shared by the DJL models: preprocessing, batching, threads and device.
 *
 * @param resize short side after resizing, pixels (torchvision: 256)
 * @param crop side of the centre crop fed to the network, pixels (torchvision: 224)
 * @param batch images per forward pass, 1 to 1024
 * @param threads libtorch intra-op threads; 0 means the run context's thread count
 * @param device {@code cpu} or {@code gpu}
 * @param resample {@code pil} (PIL's 8-bit resize, torchvision's pipeline on PIL images) or
 *     {@code float} (the same filter on float pixels)
 */
public record ModelSettings(int resize, int crop, int batch, int threads, String device,
    Resample resample) {
  /**
   * Largest {@code resize} (and so {@code crop}): a 4096² crop is 200 MB per image in float32
   * before the first layer; beyond it sizes overflow the network's 32-bit index arithmetic.
   */
  public static final int MAX_SIZE = 4096;

  static final OptionSpec<Long> RESIZE = OptionSpec.integer("resize", 256,
      "short side after the antialiased bilinear resize, pixels");
  static final OptionSpec<Long> CROP =
      OptionSpec.integer("crop", 224, "side of the centre crop fed to the network, pixels");
  static final OptionSpec<Long> BATCH = OptionSpec.integer("batch", 16, "images per forward pass");
  static final OptionSpec<Long> THREADS =
      OptionSpec.integer("threads", 0, "libtorch threads; 0 uses the run's thread count");
  static final OptionSpec<String> DEVICE = OptionSpec.choice("device", "cpu", List.of("cpu", "gpu"),
      "cpu, or gpu when a CUDA libtorch is configured (PYTORCH_LIBRARY_PATH)");
  static final OptionSpec<String> RESAMPLE = OptionSpec.choice("resample", "pil", Resample.ids(),
      "pil: PIL's bilinear resize on 8-bit pixels, bit-exact with torchvision's Resize on PIL "
          + "images (the field's pipeline); float: the same filter on float pixels");
  private static final List<OptionSpec<?>> SPECS =
      List.of(RESIZE, CROP, BATCH, THREADS, DEVICE, RESAMPLE);

  public ModelSettings {
    if (crop < 1 || resize < crop || resize > MAX_SIZE) {
      throw new InvalidOptionException("options 'resize' and 'crop': expected 1 ≤ crop ≤ resize ≤ "
          + MAX_SIZE + ", found resize=" + resize + ", crop=" + crop + ". The crop is cut from the "
          + "resized image; torchvision uses resize=256, crop=224.");
    }
    if (batch < 1 || batch > 1024) {
      throw new InvalidOptionException("option 'batch': expected 1 to 1024 images, found " + batch
          + ". Lower it if memory runs out; 16 to 64 is typical on a CPU.");
    }
    if (resample == null) {
      throw new InvalidOptionException("option 'resample': expected one of " + Resample.ids());
    }
    if (threads < 0) {
      throw new InvalidOptionException("option 'threads': expected 0 (the run's thread count) or more, "
          + "found " + threads);
    }
  }

  /** The shared option specs, in documentation order. */
  public static List<OptionSpec<?>> specs() {
    return SPECS;
  }

  /** Reads the shared options. */
  public static ModelSettings of(Options o) {
    return new ModelSettings(toInt(o, RESIZE), toInt(o, CROP), toInt(o, BATCH),
        toInt(o, THREADS), o.get(DEVICE), Resample.of(o.get(RESAMPLE)));
  }

  private static int toInt(Options o, OptionSpec<Long> option) {
    String key = option.key();
    long v = o.get(option);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new InvalidOptionException("option '" + key + "': expected a 32-bit integer, found " + v);
    }
    return (int) v;
  }

  /** The preprocessing these settings describe. */
  public ImageNetTransform transform() {
    return new ImageNetTransform(resize, crop, resample);
  }

  /** Threads to use under a run context offering {@code available}. */
  public int threadsFor(int available) {
    return threads == 0 ? available : threads;
  }
}
