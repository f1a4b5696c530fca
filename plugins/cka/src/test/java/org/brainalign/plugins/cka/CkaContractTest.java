package org.brainalign.plugins.cka;

import java.util.Map;
import org.brainalign.api.contract.AlignmentMetricContract;

class CkaContractTest extends AlignmentMetricContract {
  CkaContractTest() {
    super(new CkaProvider(), Map.of());
  }
}
