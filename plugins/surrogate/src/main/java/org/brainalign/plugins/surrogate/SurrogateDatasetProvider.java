package org.brainalign.plugins.surrogate;

import java.util.List;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.BrainDatasetProvider;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.pf4j.Extension;

/**
 * A brain dataset whose voxels are noisy linear readouts of a network layer — the "model as brain"
 * test of system identification (Han, Poggio &amp; Cheung, ICML 2023): per ROI, a source model (any
 * model plugin, created by the host through the run context) runs on the dataset's images, and each
 * voxel reads one layer either {@code local}ly (a Gaussian window at a random position of a
 * low-dimensional channel mixture) or {@code pooled} (the spatial mean of a high-dimensional one),
 * with Gaussian trial noise of a chosen reliability. The answer — source, layer, readout,
 * dimensionality — is in every ROI's manifest. See the plugin README.
 */
@Extension
public final class SurrogateDatasetProvider implements BrainDatasetProvider {

  @Override
  public String id() {
    return "surrogate";
  }

  @Override
  public String description() {
    return "Known-answer ROIs read out from a layer of a source network: local (small receptive "
        + "fields, few channels) or pooled (position-invariant, many channels)";
  }

  @Override
  public List<OptionSpec<?>> options() {
    return SurrogateConfig.OPTIONS;
  }

  @Override
  public BrainDataset create(Options options) {
    return new SurrogateDataset(SurrogateConfig.from(options));
  }
}
