package org.brainalign.plugins.folder;

import java.util.List;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.BrainDatasetProvider;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.pf4j.Extension;

/**
 * Any stimulus set and response matrix, described by {@code DIR/dataset.yaml} (see
 * {@link org.brainalign.plugins.folder.manifest.ManifestReader}): a lab's own fMRI or
 * electrophysiology data, THINGS-fMRI or BOLD5000 exported as arrays and tables, without writing a
 * plugin. Preprocessing is nsd's: z-score each voxel within each session (population std), then
 * average the rows of each stimulus.
 */
@Extension
public final class FolderDatasetProvider implements BrainDatasetProvider {

  @Override
  public String id() {
    return "folder";
  }

  @Override
  public String description() {
    return "your own data: stimuli, response matrices and tables described by DIR/dataset.yaml";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(
        OptionSpec.path("root", null, "the folder holding dataset.yaml (paths in it are relative "
            + "to this folder)"),
        OptionSpec.choice("zscore", "session", List.of("session", "none"),
            "session: z-score each voxel within each session (population std; needs a 'session' "
                + "column in the rows tables); none: the values as stored"),
        OptionSpec.choice("repetitions", "mean", List.of("mean", "separate"),
            "mean: one row per stimulus shown, in the stimulus set's order, the mean of its rows; "
                + "separate: one row per response row, id <stimulus>#<repetition from 0>"),
        OptionSpec.choice("constant-voxels", "zero", List.of("zero", "drop"),
            "voxels constant within a session (z-score undefined): zero = z-scores 0 in that "
                + "session; drop = remove the voxel"));
  }

  @Override
  public BrainDataset create(Options options) {
    return new FolderDataset(FolderConfig.from(options));
  }
}
