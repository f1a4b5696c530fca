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
  public List<OptionSpec<?>> options() {
    return FolderConfig.OPTIONS;
  }

  @Override
  public BrainDataset create(Options options) {
    return new FolderDataset(FolderConfig.from(options));
  }
}
