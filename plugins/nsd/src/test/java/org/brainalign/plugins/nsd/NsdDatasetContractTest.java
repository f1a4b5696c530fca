package org.brainalign.plugins.nsd;

import java.util.Map;
import org.brainalign.api.contract.BrainDatasetContract;
import org.brainalign.api.dataset.BrainDatasetProvider;

class NsdDatasetContractTest extends BrainDatasetContract {

  @Override
  protected BrainDatasetProvider datasetProvider() {
    return new NsdDatasetProvider();
  }

  @Override
  protected Map<String, String> workingOptions() {
    return Map.of("root", Fixtures.root().toString());
  }
}
