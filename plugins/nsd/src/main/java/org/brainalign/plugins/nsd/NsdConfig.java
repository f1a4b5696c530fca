package org.brainalign.plugins.nsd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.plugins.nsd.betas.BetaVersion;
import org.brainalign.plugins.nsd.betas.ReadStrategy;
import org.brainalign.support.dataset.ConstantVoxels;
import org.brainalign.support.dataset.Repetitions;
import org.brainalign.support.dataset.ZScore;
import org.brainalign.support.stats.NoiseCeiling;

/**
 * The validated options of the {@code nsd} dataset.
 *
 * @param root the NSD root (holds nsddata/, nsddata_betas/, nsddata_stimuli/)
 * @param betas the GLM version: {@code fithrf_GLMdenoise_RR}, {@code fithrf} or {@code assumehrf}
 * @param sessions which sessions to load
 * @param zscore whether to z-score each voxel within each session
 * @param separate whether to keep repetitions as separate rows instead of averaging them
 * @param constantVoxels the rule for voxels constant within a session
 * @param design the design file: a name in nsddata/experiments/nsd/ or a path
 * @param read how to read ROI voxels from the betas files
 * @param ncsnrMin keep only ROI voxels whose NSD ncsnr is at least this; empty keeps all
 * @param options every option as given or defaulted, for the manifest
 */
public record NsdConfig(
    Path root,
    String betas,
    SessionSelection sessions,
    boolean zscore,
    boolean separate,
    ConstantVoxels constantVoxels,
    String design,
    ReadStrategy read,
    OptionalDouble ncsnrMin,
    Map<String, String> options) {

  static final OptionSpec<Path> ROOT = OptionSpec.path("root", null,
      "the NSD folder holding nsddata/, nsddata_betas/ and nsddata_stimuli/");
  static final OptionSpec<BetaVersion> BETAS = OptionSpec.choice("betas",
      BetaVersion.FITHRF_GLMDENOISE_RR,
      "GLM version: betas_<value>/ under nsddata_betas/ppdata/subjXX/func1pt8mm/");
  static final OptionSpec<String> SESSIONS = OptionSpec.string("sessions", "all",
      "sessions to load: all (present on disk), or 1-based numbers and ranges, e.g. 1-10 or "
          + "[1,3,5-7]");
  static final OptionSpec<ZScore> ZSCORE = OptionSpec.choice("zscore", ZScore.SESSION,
      "session: z-score each voxel within each session (population std); none: betas / 300 "
          + "(percent signal change)");
  static final OptionSpec<Repetitions> REPETITIONS = OptionSpec.choice("repetitions",
      Repetitions.MEAN,
      "mean: one row per image, averaging its trials; separate: one row per trial, row id "
          + "<nsd id>#<repetition from 0>");
  static final OptionSpec<ConstantVoxels> CONSTANT_VOXELS = ConstantVoxels.OPTION;
  static final OptionSpec<String> DESIGN = OptionSpec.string("design", "nsd_expdesign.mat",
      "trial-to-image design: a .mat (nsd_expdesign) or .csv (nsd_stim_info_merged) file, "
          + "by name in nsddata/experiments/nsd/ or by path");
  static final OptionSpec<ReadStrategy> READ = OptionSpec.choice("read", ReadStrategy.AUTO,
      "how ROI voxels are read from the betas: auto, one chunk per voxel, or one slab per "
          + "z-plane");
  static final OptionSpec<String> NCSNR_MIN = OptionSpec.string("ncsnr-min", "none",
      "none, or a number >= 0: keep only the ROI voxels whose NSD noise ceiling SNR "
          + "(ncsnr.nii.gz of the beta version) is at least it");
  /** Every option, in the order {@code brainalign plugins} lists them. */
  static final List<OptionSpec<?>> OPTIONS = List.of(ROOT, BETAS, SESSIONS, ZSCORE, REPETITIONS,
      CONSTANT_VOXELS, DESIGN, READ, NCSNR_MIN);

  public NsdConfig {
    Objects.requireNonNull(root, "root");
    options = Map.copyOf(options);
  }

  /**
   * @throws InvalidOptionException when root is not a folder or sessions is malformed
   */
  public static NsdConfig from(Options o) {
    Path root = o.get(ROOT).toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new InvalidOptionException("option 'root' of 'nsd': expected the NSD folder holding "
          + "nsddata/, nsddata_betas/ and nsddata_stimuli/, found '" + root + "', which is not a "
          + "folder. Give the folder you downloaded the NSD bucket into.");
    }
    return new NsdConfig(root, o.get(BETAS).id(), SessionSelection.parse(o.get(SESSIONS)),
        o.get(ZSCORE) == ZScore.SESSION, o.get(REPETITIONS) == Repetitions.SEPARATE,
        o.get(CONSTANT_VOXELS), o.get(DESIGN), o.get(READ), parseNcsnrMin(o.get(NCSNR_MIN)),
        o.asMap());
  }

  /** {@link NoiseCeiling#parseMinimum} for {@code nsd}. */
  static OptionalDouble parseNcsnrMin(String value) {
    return NoiseCeiling.parseMinimum("nsd", value);
  }

  /** The design file: {@link #design} resolved against nsddata/experiments/nsd/ when relative. */
  public Path designFile(NsdLayout layout) {
    Path p = Path.of(design);
    return p.isAbsolute() ? p : layout.designDir().resolve(p);
  }
}
