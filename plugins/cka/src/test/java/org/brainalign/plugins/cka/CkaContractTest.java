package org.brainalign.plugins.cka;

import org.brainalign.api.contract.AlignmentMetricContract;
import org.brainalign.api.metric.AlignmentMetricProvider;

class CkaContractTest extends AlignmentMetricContract {
  @Override
  protected AlignmentMetricProvider metricProvider() {
    return new CkaProvider();
  }
}
