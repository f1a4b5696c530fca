package org.brainalign.plugins.folder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.support.dataset.ConstantVoxels;
import org.brainalign.support.dataset.Repetitions;
import org.brainalign.support.dataset.ZScore;
import org.brainalign.support.stats.NoiseCeiling;

/**
 * The validated options of the {@code folder} dataset.
 *
 * @param root the folder holding dataset.yaml
 * @param zscore whether to z-score each voxel within each session
 * @param separate whether to keep repetitions as rows instead of averaging them
 * @param dropConstant whether to drop voxels constant within a session (else they z-score to 0)
 * @param keepNonFinite whether NaN and ±Inf in a response file pass on to the study (whose
 *     {@code non-finite} policy then acts on them) instead of being refused where they stand in
 *     the file
 * @param ncsnrMin keep only voxels whose ncsnr (computed from the repetitions) is at least this;
 *     empty keeps all
 * @param options every option as given or defaulted, for the manifest
 */
public record FolderConfig(Path root, boolean zscore, boolean separate, boolean dropConstant,
    boolean keepNonFinite, OptionalDouble ncsnrMin, Map<String, String> options) {

  static final OptionSpec<Path> ROOT = OptionSpec.path("root", null,
      "the folder holding dataset.yaml (paths in it are relative to this folder)");
  static final OptionSpec<ZScore> ZSCORE = OptionSpec.choice("zscore", ZScore.SESSION,
      "session: z-score each voxel within each session (population std; needs a 'session' "
          + "column in the rows tables); none: the values as stored");
  static final OptionSpec<Repetitions> REPETITIONS = OptionSpec.choice("repetitions",
      Repetitions.MEAN,
      "mean: one row per stimulus shown, in the stimulus set's order, the mean of its rows; "
          + "separate: one row per response row, id <stimulus>#<repetition from 0>");
  static final OptionSpec<ConstantVoxels> CONSTANT_VOXELS = ConstantVoxels.OPTION;
  static final OptionSpec<NonFiniteResponses> NON_FINITE = OptionSpec.choice("non-finite",
      NonFiniteResponses.ERROR,
      "NaN or ±Inf in a response file: error = refuse it, naming the file, row and column where "
          + "it stands (before z-scoring); keep = pass it on (with the study's "
          + "analysis: {non-finite: drop}, its voxel is then dropped)");
  static final OptionSpec<String> NCSNR_MIN = OptionSpec.string("ncsnr-min", "none",
      "none, or keep only voxels whose noise ceiling SNR is at least this number (ncsnr computed "
          + "from the repeated presentations as NSD does; needs a stimulus shown at least twice)");
  /** Every option, in the order {@code brainalign plugins} lists them. */
  static final List<OptionSpec<?>> OPTIONS = List.of(ROOT, ZSCORE, REPETITIONS, CONSTANT_VOXELS,
      NON_FINITE, NCSNR_MIN);

  public FolderConfig {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(ncsnrMin, "ncsnrMin");
    options = Map.copyOf(options);
  }

  /**
   * @throws InvalidOptionException when root is not a folder, or ncsnr-min is neither none nor a
   *     finite number {@code >= 0}
   */
  public static FolderConfig from(Options o) {
    Path root = o.get(ROOT).toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new InvalidOptionException("option 'root' of 'folder': expected the folder holding "
          + "dataset.yaml, found '" + root + "', which is "
          + (Files.exists(root) ? "a file" : "not there") + ". Give the dataset folder.");
    }
    return new FolderConfig(root, o.get(ZSCORE) == ZScore.SESSION,
        o.get(REPETITIONS) == Repetitions.SEPARATE, o.get(CONSTANT_VOXELS) == ConstantVoxels.DROP,
        o.get(NON_FINITE) == NonFiniteResponses.KEEP,
        NoiseCeiling.parseMinimum("folder", o.get(NCSNR_MIN)), o.asMap());
  }

  /** The manifest: {@code root/dataset.yaml}. */
  public Path manifest() {
    return root.resolve("dataset.yaml");
  }
}
