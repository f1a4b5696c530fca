package org.brainalign.plugins.folder;

import java.util.Map;
import org.brainalign.api.contract.BrainDatasetContract;
import org.brainalign.api.dataset.BrainDatasetProvider;

class FolderDatasetContractTest extends BrainDatasetContract {

  @Override
  protected BrainDatasetProvider datasetProvider() {
    return new FolderDatasetProvider();
  }

  @Override
  protected Map<String, String> workingOptions() {
    return Map.of("root", Fixtures.tiny().toString());
  }
}
