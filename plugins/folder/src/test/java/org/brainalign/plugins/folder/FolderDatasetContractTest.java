package org.brainalign.plugins.folder;

import java.util.Map;
import org.brainalign.api.contract.BrainDatasetContract;

class FolderDatasetContractTest extends BrainDatasetContract {

  FolderDatasetContractTest() {
    super(new FolderDatasetProvider(), Map.of("root", Fixtures.tiny().toString()));
  }
}
