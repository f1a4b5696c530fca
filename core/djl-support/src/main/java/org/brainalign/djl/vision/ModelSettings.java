package org.brainalign.djl.vision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionChoice;
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
 * @param device the CPU or a GPU
 * @param resample {@code pil} (PIL's 8-bit resize, torchvision's pipeline on PIL images) or
 *     {@code float} (the same filter on float pixels)
 * @param mean channel means (R, G, B) of the normalisation (ImageNet: 0.485, 0.456, 0.406)
 * @param std channel standard deviations (R, G, B), each positive (ImageNet: 0.229, 0.224, 0.225)
 */
public record ModelSettings(int resize, int crop, int batch, int threads, ModelDevice device,
    Resample resample, float[] mean, float[] std) {
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
  static final OptionSpec<ModelDevice> DEVICE = OptionSpec.choice("device", ModelDevice.CPU,
      "cpu, or gpu when a CUDA libtorch is configured (PYTORCH_LIBRARY_PATH)");
  static final OptionSpec<Resample> RESAMPLE = OptionSpec.choice("resample", Resample.PIL,
      "pil: PIL's bilinear resize on 8-bit pixels, bit-exact with torchvision's Resize on PIL "
          + "images (the field's pipeline); float: the same filter on float pixels");
  static final OptionSpec<double[]> MEAN = OptionSpec.reals("mean", "[0.485,0.456,0.406]",
      "channel means (R,G,B) subtracted after scaling pixels to [0,1]");
  static final OptionSpec<double[]> STD = OptionSpec.reals("std", "[0.229,0.224,0.225]",
      "channel standard deviations (R,G,B) dividing after the mean");
  private static final List<OptionSpec<?>> SPECS =
      List.of(RESIZE, CROP, BATCH, THREADS, DEVICE, RESAMPLE, MEAN, STD);

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
      throw new InvalidOptionException("option 'resample': expected one of "
          + OptionChoice.ids(Resample.class));
    }
    if (threads < 0) {
      throw new InvalidOptionException("option 'threads': expected 0 (the run's thread count) or more, "
          + "found " + threads);
    }
    if (mean == null || std == null || mean.length != 3 || std.length != 3) {
      throw new InvalidOptionException("options 'mean' and 'std': expected 3 values each (R,G,B), found "
          + Arrays.toString(mean) + " and " + Arrays.toString(std) + ". ImageNet's are "
          + "mean=[0.485,0.456,0.406], std=[0.229,0.224,0.225].");
    }
    for (float s : std) {
      if (!(s > 0) || !Float.isFinite(s)) {
        throw new InvalidOptionException("option 'std': expected positive finite values, found "
            + Arrays.toString(std));
      }
    }
    mean = mean.clone();
    std = std.clone();
  }

  /** A model's options: its own {@code first}, then the shared ones in documentation order. */
  public static List<OptionSpec<?>> specs(OptionSpec<?>... first) {
    List<OptionSpec<?>> specs = new ArrayList<>(List.of(first));
    specs.addAll(SPECS);
    return specs;
  }

  /** Reads the shared options. */
  public static ModelSettings of(Options o) {
    return new ModelSettings(toInt(o, RESIZE), toInt(o, CROP), toInt(o, BATCH),
        toInt(o, THREADS), o.get(DEVICE), o.get(RESAMPLE), floats(o.get(MEAN)),
        floats(o.get(STD)));
  }

  /**
   * Reads the shared options of a model file: through its sidecar when it has one
   * ({@link #of(Options, ExportSidecar, String)}), else as given.
   */
  public static ModelSettings of(Options o, Optional<ExportSidecar> sidecar, String extension) {
    return sidecar.map(s -> of(o, s, extension)).orElseGet(() -> of(o));
  }

  /**
   * Reads the shared options of a model exported with a sidecar: the sidecar's preprocessing
   * (resize, crop, mean, std) unless an option given here says otherwise, which is a contradiction.
   *
   * @param extension the model's id, for messages ({@code torchscript}, {@code onnx})
   * @throws InvalidOptionException when a given option differs from the sidecar (naming both values)
   * @throws DataFormatException when the sidecar asks for a resize filter other than bilinear
   */
  public static ModelSettings of(Options o, ExportSidecar sidecar, String extension) {
    ExportSidecar.Preprocessing p = sidecar.preprocessing();
    if (!p.interpolation().equalsIgnoreCase("bilinear")) {
      throw new DataFormatException(sidecar.file(), "preprocessing asks for '" + p.interpolation()
          + "' interpolation; brainalign implements torchvision's antialiased bilinear resize only. "
          + "Set \"interpolation\": \"bilinear\" in the sidecar to accept the difference, or "
          + "extract this model's features in Python.");
    }
    agree(o, RESIZE, toInt(o, RESIZE), p.resize(), sidecar, extension);
    agree(o, CROP, toInt(o, CROP), p.crop(), sidecar, extension);
    agree(o, MEAN, Arrays.toString(floats(o.get(MEAN))), Arrays.toString(p.mean()), sidecar,
        extension);
    agree(o, STD, Arrays.toString(floats(o.get(STD))), Arrays.toString(p.std()), sidecar,
        extension);
    return new ModelSettings(p.resize(), p.crop(), toInt(o, BATCH), toInt(o, THREADS), o.get(DEVICE),
        o.get(RESAMPLE), p.mean(), p.std());
  }

  private static void agree(Options o, OptionSpec<?> option, Object given, Object exported,
      ExportSidecar sidecar, String extension) {
    String key = option.key();
    if (o.isGiven(option) && !given.equals(exported)) {
      throw new InvalidOptionException("option '" + key + "' of '" + extension + "': the model was "
          + "exported with " + key + "=" + exported + " (sidecar " + sidecar.file() + "), found " + key
          + "=" + given + " on the command line. Leave the option out to use the exported "
          + "preprocessing, or re-export the model (tools/export-model.py --input-size) for another.");
    }
  }

  private static float[] floats(double[] values) {
    float[] f = new float[values.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) values[i];
    }
    return f;
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
    return new ImageNetTransform(resize, crop, resample, mean, std);
  }

  /** Threads to use under a run context offering {@code available}. */
  public int threadsFor(int available) {
    return threads == 0 ? available : threads;
  }
}
