package org.brainalign.plugins.nsd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.Options;
import org.brainalign.plugins.nsd.betas.ConstantVoxelRule;
import org.brainalign.plugins.nsd.betas.ReadStrategy;

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
 * @param options every option as given or defaulted, for the manifest
 */
public record NsdConfig(
    Path root,
    String betas,
    SessionSelection sessions,
    boolean zscore,
    boolean separate,
    ConstantVoxelRule constantVoxels,
    String design,
    ReadStrategy read,
    Map<String, String> options) {

  public NsdConfig {
    Objects.requireNonNull(root, "root");
    options = Map.copyOf(options);
  }

  /**
   * @throws InvalidOptionException when root is not a folder or sessions is malformed
   */
  public static NsdConfig from(Options o) {
    Path root = o.path("root").toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new InvalidOptionException("option 'root' of 'nsd': expected the NSD folder holding "
          + "nsddata/, nsddata_betas/ and nsddata_stimuli/, found '" + root + "', which is not a "
          + "folder. Give the folder you downloaded the NSD bucket into.");
    }
    return new NsdConfig(root, o.string("betas"), SessionSelection.parse(o.string("sessions")),
        o.string("zscore").equals("session"), o.string("repetitions").equals("separate"),
        ConstantVoxelRule.valueOf(o.string("constant-voxels").toUpperCase(Locale.ROOT)),
        o.string("design"), ReadStrategy.valueOf(o.string("read").toUpperCase(Locale.ROOT)),
        o.asMap());
  }

  /** The design file: {@link #design} resolved against nsddata/experiments/nsd/ when relative. */
  public Path designFile(NsdLayout layout) {
    Path p = Path.of(design);
    return p.isAbsolute() ? p : layout.designDir().resolve(p);
  }
}
