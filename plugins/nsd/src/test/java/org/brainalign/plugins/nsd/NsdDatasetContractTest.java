package org.brainalign.plugins.nsd;

import java.util.Map;
import org.brainalign.api.contract.BrainDatasetContract;

class NsdDatasetContractTest extends BrainDatasetContract {

  NsdDatasetContractTest() {
    super(new NsdDatasetProvider(), Map.of("root", Fixtures.root().toString()));
  }
}
