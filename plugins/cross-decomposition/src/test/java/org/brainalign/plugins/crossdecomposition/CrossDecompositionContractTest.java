package org.brainalign.plugins.crossdecomposition;

import java.util.Map;
import org.brainalign.api.contract.AlignmentMetricContract;

class CrossDecompositionContractTest extends AlignmentMetricContract {
  CrossDecompositionContractTest() {
    super(new CrossDecompositionProvider(), Map.of());
  }
}
