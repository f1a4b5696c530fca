package org.brainalign.plugins.rsa;

import java.util.Map;
import org.brainalign.api.contract.AlignmentMetricContract;

class RsaContractTest extends AlignmentMetricContract {
  RsaContractTest() {
    super(new RsaProvider(), Map.of());
  }
}
