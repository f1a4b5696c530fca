package org.brainalign.plugins.simulated;

import java.util.Map;
import org.brainalign.api.contract.BrainDatasetContract;
import org.brainalign.api.dataset.BrainDatasetProvider;

class SimulatedDatasetContractTest extends BrainDatasetContract {

  @Override
  protected BrainDatasetProvider datasetProvider() {
    return new SimulatedDatasetProvider();
  }

  @Override
  protected Map<String, String> workingOptions() {
    return Map.of("images", "24", "voxels", "12", "size", "48");
  }
}
