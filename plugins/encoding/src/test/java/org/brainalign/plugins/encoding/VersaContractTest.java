package org.brainalign.plugins.encoding;

import java.util.Map;
import org.brainalign.api.contract.AlignmentMetricContract;

class VersaContractTest extends AlignmentMetricContract {
  VersaContractTest() {
    super(new VersaProvider(), Map.of());
  }
}
