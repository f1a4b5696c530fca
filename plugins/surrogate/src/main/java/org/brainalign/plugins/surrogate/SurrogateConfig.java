package org.brainalign.plugins.surrogate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.support.dataset.Repetitions;

/**
 * Validated options of the {@code surrogate} dataset (data-dependent checks — the source model's
 * layers and map sizes — happen when the model is created, see {@link SurrogateDataset}).
 *
 * @param images the numbers of images n, each in [2, 100000], distinct: one value (all of a folder's
 *     images, or that many generated) or, in a grid, each subject's first n images
 * @param size generated image side in pixels, [32, 1024]
 * @param folder a folder of images, or {@code null} for the simulated generator
 * @param source the source model's spec
 * @param rois the ROIs, names unique
 * @param rf receptive-field side of local readouts in map cells, [1, 1024]
 * @param voxels voxels per ROI, [1, 10000]
 * @param reliability one trial's reliability (signal variance / total), each in (0, 1], distinct
 * @param listed which of {@code reliability} and {@code images} were given as bracketed lists; with
 *     either, the subjects are the {@link GridSubject grid} reliability × images × replicate
 * @param trials trials per image, [1, 100]
 * @param separate whether each trial is a response row ({@code repetitions=separate}) instead of
 *     each image the mean of its trials ({@code repetitions=mean})
 * @param subjects [1, 99]
 * @param seed [0, 2^32 − 1]
 * @param whiten whether latent channels are whitened before the voxel weights
 * @param options every option as given or defaulted
 */
public record SurrogateConfig(List<Integer> images, int size, String folder, String source,
    List<SurrogateRoi> rois, int rf, int voxels, List<Double> reliability, Set<String> listed,
    int trials, boolean separate, int subjects, long seed, boolean whiten,
    Map<String, String> options) {

  static final OptionSpec<String> SOURCE = OptionSpec.string("source",
      "[resnet50:weights=random:1,resize=112,crop=112]", "the source model's spec in brackets, "
          + "any installed model; the network under test itself or another seed of it");
  static final OptionSpec<String> ROIS = OptionSpec.string("rois", "[early,late]", "ROI names");
  static final OptionSpec<String> READOUTS =
      OptionSpec.string("readouts", "[local,pooled]", "per ROI: local or pooled");
  static final OptionSpec<String> LAYERS =
      OptionSpec.string("layers", "[layer1,layer4]", "per ROI: the source layer it reads");
  static final OptionSpec<long[]> LATENT = OptionSpec.integers("latent", "[8,32]",
      "per ROI: channels of the mixture it reads, 1 to the layer's channels");
  static final OptionSpec<Long> RF = OptionSpec.integer("rf", 5, "receptive-field side of local "
      + "readouts in map cells, 1 to the source map's height and width");
  static final OptionSpec<Long> VOXELS =
      OptionSpec.integer("voxels", 150, "voxels per ROI, 1 to 10000");
  static final OptionSpec<double[]> RELIABILITY = OptionSpec.reals("reliability", "0.5",
      "one trial's reliability (signal / total variance), (0, 1]; the mean of R trials has "
          + "R·r / (1 + (R − 1)·r); a bracketed list of distinct values makes the subjects "
          + "a grid reliability × images × replicate");
  static final OptionSpec<Long> TRIALS = OptionSpec.integer("trials", 3, "trials per image, 1 to "
      + "100 (before the choice of repetitions this option was 'repetitions')");
  /**
   * {@code mean} or {@code separate}, as {@code nsd} and {@code folder}; declared as a string, not a
   * choice, so that an old integer value ({@code repetitions=3}, before the count became
   * {@code trials}) reaches {@link #from} and fails with the new spelling instead of "expected one of
   * mean, separate".
   */
  static final OptionSpec<String> REPETITIONS = OptionSpec.string("repetitions", "mean",
      "mean|separate; mean: one row per image, the mean of its trials; separate: one row per "
          + "trial, id <image>#<trial from 0>, trial-major (every image's trial 0, then trial 1, …)");
  static final OptionSpec<Long> SUBJECTS = OptionSpec.integer("subjects", 1, "subjects subj01 …, "
      + "1 to 99; each has its own voxel windows, weights and noise (in a grid: replicates, "
      + "r0.5-n240-subj01 …)");
  static final OptionSpec<Long> SEED = OptionSpec.integer("seed", 0,
      "seed of images, mixtures, voxels and noise, 0 to 2^32-1");
  static final OptionSpec<Boolean> WHITEN = OptionSpec.bool("whiten", true, "whiten the latent "
      + "channels over the images before the voxel weights (otherwise a random network's few "
      + "dominant directions drive every voxel)");
  static final OptionSpec<String> FOLDER = OptionSpec.string("folder", "generated", "a folder of "
      + "images (PNG, JPEG, BMP, GIF, TIFF, WebP; sorted by name), or 'generated' for the "
      + "simulated dataset's images");
  static final OptionSpec<long[]> IMAGES = OptionSpec.integers("images", "240", "generated "
      + "images, 2 to 100000 (ids sim-0000 …, the same images as simulated's at the same seed "
      + "and size); a bracketed list of distinct values makes a grid whose subjects see the "
      + "first n images (of a folder too)");
  static final OptionSpec<Long> SIZE =
      OptionSpec.integer("size", 112, "generated image side in pixels, 32 to 1024");
  /** Every option, in the order {@code brainalign plugins} lists them. */
  static final List<OptionSpec<?>> OPTIONS = List.of(SOURCE, ROIS, READOUTS, LAYERS, LATENT, RF,
      VOXELS, RELIABILITY, TRIALS, REPETITIONS, SUBJECTS, SEED, WHITEN, FOLDER, IMAGES, SIZE);

  public SurrogateConfig {
    images = List.copyOf(images);
    reliability = List.copyOf(reliability);
    for (int n : images) {
      check("images", n, 2, 100_000, images.size() > 1 ? " in " + images : "");
    }
    distinct("images", images);
    check("size", size, 32, 1024);
    check("rf", rf, 1, 1024);
    check("voxels", voxels, 1, 10_000);
    check("trials", trials, 1, 100);
    check("subjects", subjects, 1, 99);
    check("seed", seed, 0, 0xffffffffL);
    for (double r : reliability) {
      if (!(r > 0 && r <= 1)) {
        throw new InvalidOptionException("option 'reliability' of 'surrogate': expected one trial's "
            + "reliability in (0, 1], found " + r + (reliability.size() > 1 ? " in " + reliability
            : "") + ". Use 1 for noiseless data.");
      }
    }
    distinct("reliability", reliability);
    listed = Set.copyOf(listed);
    if (images.isEmpty() || reliability.isEmpty() || (listed.isEmpty() && images.size()
        + reliability.size() > 2)) {
      throw new IllegalArgumentException("one value each unless grid, found images " + images
          + ", reliability " + reliability);
    }
    rois = List.copyOf(rois);
    options = Map.copyOf(options);
  }

  /** Whether the subjects are a grid: {@code reliability} or {@code images} was a bracketed list. */
  public boolean grid() {
    return !listed.isEmpty();
  }

  /** The largest number of images: how many are generated, or must be in the folder. */
  public int maxImages() {
    return images.stream().mapToInt(Integer::intValue).max().getAsInt();
  }

  /** Trial noise sd in units of the signal sd: {@code √(1/reliability − 1)}. */
  static double noise(double reliability) {
    return Math.sqrt(1 / reliability - 1);
  }

  /**
   * The ncsnr that one trial's reliability r fixes: {@code √(r / (1 − r))}, +∞ for r = 1.
   *
   * <p>A trial is {@code z + σ ε}: the signal z standardised over the n images (mean 0, population
   * variance exactly 1), noise ε standard normal, {@code σ² = 1/r − 1} ({@link #noise}). Over the T·n
   * trials of a voxel the total variance is {@code 1 + σ² = 1/r} in expectation (exactly
   * {@code 1 + σ²(1 − 1/(T n))} for the population variance), so after z-scoring the noise variance
   * is {@code σ² r = 1 − r}, the signal variance r, and ncsnr = √(r / (1 − r)). This is the
   * large-sample value: a voxel's estimate from n(T − 1) degrees of freedom scatters around it with
   * sd about {@code ncsnr · √(2 / (n (T − 1))) / (2 r)} and is biased by O(1/n) (Jensen).
   */
  static double expectedNcsnr(double reliability) {
    return Math.sqrt(reliability / (1 - reliability));
  }

  private static void check(String key, long value, long min, long max) {
    check(key, value, min, max, "");
  }

  private static void check(String key, long value, long min, long max, String where) {
    if (value < min || value > max) {
      throw new InvalidOptionException("option '" + key + "' of 'surrogate': expected an integer in ["
          + min + ", " + max + "], found " + value + where + ".");
    }
  }

  private static void distinct(String key, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.indexOf(values.get(i)) != i) {
        throw new InvalidOptionException("option '" + key + "' of 'surrogate': expected distinct "
            + "values, found " + values.get(i) + " twice in " + values + ". Remove the duplicate.");
      }
    }
  }

  /** Reads and checks the options declared by {@link SurrogateDatasetProvider}. */
  public static SurrogateConfig from(Options o) {
    List<String> names = list(o.get(ROIS));
    List<String> readouts = list(o.get(READOUTS));
    List<String> layers = list(o.get(LAYERS));
    long[] latent = o.get(LATENT);
    int n = names.size();
    if (readouts.size() != n || layers.size() != n || latent.length != n) {
      throw new InvalidOptionException("options 'rois', 'readouts', 'layers', 'latent' of "
          + "'surrogate': expected one entry per ROI, found " + n + " rois, " + readouts.size()
          + " readouts, " + layers.size() + " layers, " + latent.length + " latent sizes. Give "
          + "lists of equal length, e.g. rois=[early,late],readouts=[local,pooled],"
          + "layers=[layer1,layer4],latent=[8,32].");
    }
    List<SurrogateRoi> rois = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Readout r = Readout.byId(readouts.get(i));
      if (r == null) {
        throw new InvalidOptionException("option 'readouts' of 'surrogate': expected local or "
            + "pooled, found '" + readouts.get(i) + "'.");
      }
      if (!names.get(i).matches("[A-Za-z0-9][A-Za-z0-9_.-]*") || names.indexOf(names.get(i)) != i) {
        throw new InvalidOptionException("option 'rois' of 'surrogate': expected unique names of "
            + "letters, digits, '_', '.', '-', found '" + names.get(i) + "' in " + names + ".");
      }
      if (latent[i] < 1 || latent[i] > 100_000) {
        throw new InvalidOptionException("option 'latent' of 'surrogate': expected an integer in "
            + "[1, channels of the source layer], found " + latent[i] + " for ROI '"
            + names.get(i) + "'.");
      }
      rois.add(new SurrogateRoi(names.get(i), r, layers.get(i), (int) latent[i]));
    }
    String folder = o.get(FOLDER);
    List<Integer> images = new ArrayList<>();
    for (long v : o.get(IMAGES)) {
      images.add(narrow(IMAGES.key(), v));
    }
    List<Double> reliability = new ArrayList<>();
    for (double v : o.get(RELIABILITY)) {
      reliability.add(v);
    }
    Set<String> listed = new HashSet<>();
    for (OptionSpec<?> option : List.of(RELIABILITY, IMAGES)) {
      if (o.asMap().get(option.key()).strip().startsWith("[")) {
        listed.add(option.key());
      }
    }
    return new SurrogateConfig(images,
        narrow(o, SIZE), folder.equals("generated") ? null : folder,
        unbracket(o.get(SOURCE)), rois, narrow(o, RF), narrow(o, VOXELS), reliability, listed,
        narrow(o, TRIALS), separate(o.get(REPETITIONS)), narrow(o, SUBJECTS), o.get(SEED),
        o.get(WHITEN), o.asMap());
  }

  /**
   * Whether {@code repetitions} asks for separate rows.
   *
   * @throws InvalidOptionException for anything but mean or separate; for an integer, naming
   *     {@code trials}, which took over the count
   */
  private static boolean separate(String value) {
    String v = value.strip();
    for (Repetitions r : Repetitions.values()) {
      if (r.id().equals(v)) {
        return r == Repetitions.SEPARATE;
      }
    }
    String hint = v.matches("[0-9]+") ? " The number of trials per image is now option 'trials': "
        + "write trials=" + v + " (and repetitions=mean or repetitions=separate)."
        : " Use mean (one row per image) or separate (one row per trial).";
    throw new InvalidOptionException("option 'repetitions' of 'surrogate': expected mean or "
        + "separate, found '" + value + "'." + hint);
  }

  private static int narrow(Options o, OptionSpec<Long> option) {
    return narrow(option.key(), o.get(option));
  }

  private static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    for (String s : unbracket(value).split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static String unbracket(String v) {
    String s = v.strip();
    return s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1).strip() : s;
  }

  private static int narrow(String key, long value) {
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new InvalidOptionException("option '" + key + "' of 'surrogate': expected a 32-bit "
          + "integer, found " + value + ".");
    }
    return (int) value;
  }
}
