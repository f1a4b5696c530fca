package org.brainalign.plugins.simulated;

import java.util.Map;
import org.brainalign.api.contract.BrainDatasetContract;

class SimulatedDatasetContractTest extends BrainDatasetContract {

  SimulatedDatasetContractTest() {
    super(new SimulatedDatasetProvider(), Map.of("images", "24", "voxels", "12", "size", "48"));
  }
}
