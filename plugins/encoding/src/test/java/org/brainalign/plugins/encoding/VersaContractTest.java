package org.brainalign.plugins.encoding;

import org.brainalign.api.contract.AlignmentMetricContract;
import org.brainalign.api.metric.AlignmentMetricProvider;

class VersaContractTest extends AlignmentMetricContract {
  @Override
  protected AlignmentMetricProvider metricProvider() {
    return new VersaProvider();
  }
}
