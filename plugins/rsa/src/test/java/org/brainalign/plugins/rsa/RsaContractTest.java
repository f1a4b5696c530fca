package org.brainalign.plugins.rsa;

import org.brainalign.api.contract.AlignmentMetricContract;
import org.brainalign.api.metric.AlignmentMetricProvider;

class RsaContractTest extends AlignmentMetricContract {
  @Override
  protected AlignmentMetricProvider metricProvider() {
    return new RsaProvider();
  }
}
