package org.brainalign.plugins.encoding;

import java.util.Map;
import org.brainalign.api.contract.AlignmentMetricContract;

class EncodingContractTest extends AlignmentMetricContract {
  EncodingContractTest() {
    super(new EncodingProvider(), Map.of());
  }
}
