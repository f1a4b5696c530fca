package org.brainalign.plugins.simulated;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;

/**
 * Validated options of the {@code simulated} dataset.
 *
 * @param images number of images, [2, 100000]
 * @param size image side in pixels, [32, 1024]
 * @param voxels voxels per ROI, [1, 10000]
 * @param noise trial noise sd in units of each voxel's signal sd, [0, 100]
 * @param repetitions trials per image, [1, 100]
 * @param subjects number of subjects, [1, 99]
 * @param seed [0, 2^32 − 1]
 * @param options every option as given or defaulted, for provenance
 */
public record SimulatedConfig(int images, int size, int voxels, double noise, int repetitions,
    int subjects, long seed, Map<String, String> options) {

  static final OptionSpec<Long> IMAGES =
      OptionSpec.integer("images", 240, "number of images, 2 to 100000 (ids sim-0000 …)");
  static final OptionSpec<Long> SIZE =
      OptionSpec.integer("size", 112, "image side in pixels, 32 to 1024 (square RGB images)");
  static final OptionSpec<Long> VOXELS =
      OptionSpec.integer("voxels", 150, "voxels per ROI, 1 to 10000");
  static final OptionSpec<Double> NOISE = OptionSpec.real("noise", 1.0, "trial noise sd in units "
      + "of each voxel's signal sd, 0 to 100: one trial's reliability is 1/(1+noise²), the mean's "
      + "repetitions/(repetitions+noise²)");
  static final OptionSpec<Long> REPETITIONS =
      OptionSpec.integer("repetitions", 3, "trials per image, 1 to 100; rows are their mean");
  static final OptionSpec<Long> SUBJECTS = OptionSpec.integer("subjects", 1, "subjects subj01 …, "
      + "1 to 99; each has its own voxel tuning and noise, all see the same images");
  static final OptionSpec<Long> SEED = OptionSpec.integer("seed", 0,
      "seed of everything (images, tuning, noise), 0 to 2^32-1");
  /** Every option, in the order {@code brainalign plugins} lists them. */
  static final List<OptionSpec<?>> OPTIONS =
      List.of(IMAGES, SIZE, VOXELS, NOISE, REPETITIONS, SUBJECTS, SEED);

  public SimulatedConfig {
    check("images", images, 2, 100_000, "use at least 2 images (a spectrum needs more: ~100+)");
    check("size", size, 32, 1024, "images are square, 32 to 1024 pixels per side");
    check("voxels", voxels, 1, 10_000, "voxels per ROI");
    if (!(noise >= 0 && noise <= 100)) {
      throw new InvalidOptionException("option 'noise' of 'simulated': expected a trial noise sd in "
          + "[0, 100] (units of the signal sd), found " + noise + ". Use noise=0 for noiseless data.");
    }
    check("repetitions", repetitions, 1, 100, "trials averaged per image");
    check("subjects", subjects, 1, 99, "subjects are named subj01 … subj99");
    check("seed", seed, 0, 0xffffffffL, "seeds are unsigned 32-bit integers, as numpy's");
    options = Map.copyOf(options);
  }

  private static void check(String key, long value, long min, long max, String remedy) {
    if (value < min || value > max) {
      throw new InvalidOptionException("option '" + key + "' of 'simulated': expected an integer in ["
          + min + ", " + max + "], found " + value + ". " + remedy + ".");
    }
  }

  /** Reads and checks the options declared by {@link SimulatedDatasetProvider}. */
  public static SimulatedConfig from(Options o) {
    return new SimulatedConfig(narrow(o, IMAGES), narrow(o, SIZE), narrow(o, VOXELS),
        o.get(NOISE), narrow(o, REPETITIONS), narrow(o, SUBJECTS), o.get(SEED), o.asMap());
  }

  private static int narrow(Options o, OptionSpec<Long> option) {
    String key = option.key();
    long value = o.get(option);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new InvalidOptionException("option '" + key + "' of 'simulated': expected a 32-bit "
          + "integer, found " + value + ". See 'brainalign plugins' for its range.");
    }
    return (int) value;
  }

  /** Subject id of 0-based subject {@code s}: {@code subj01}, {@code subj02}, … */
  public static String subjectId(int s) {
    return String.format(Locale.ROOT, "subj%02d", s + 1);
  }

  /** Image id of 0-based image {@code i}: {@code sim-0000}, … (at least four digits). */
  public static String imageId(int i) {
    return String.format(Locale.ROOT, "sim-%04d", i);
  }
}
