package org.brainalign.plugins.encoding;

import org.brainalign.api.contract.AlignmentMetricContract;
import org.brainalign.api.metric.AlignmentMetricProvider;

class EncodingContractTest extends AlignmentMetricContract {
  @Override
  protected AlignmentMetricProvider metricProvider() {
    return new EncodingProvider();
  }
}
