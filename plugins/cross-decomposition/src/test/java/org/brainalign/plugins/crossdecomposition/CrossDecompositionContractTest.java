package org.brainalign.plugins.crossdecomposition;

import org.brainalign.api.contract.AlignmentMetricContract;
import org.brainalign.api.metric.AlignmentMetricProvider;

class CrossDecompositionContractTest extends AlignmentMetricContract {

  @Override
  protected AlignmentMetricProvider metricProvider() {
    return new CrossDecompositionProvider();
  }
}
