package org.brainalign.plugins.cka;

import java.util.List;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentMetricProvider;
import org.pf4j.Extension;

/** Provides {@code cka}: linear centred kernel alignment. Option {@code route} (auto | features | gram). */
@Extension
public final class CkaProvider implements AlignmentMetricProvider {
  static final OptionSpec<CkaRouteChoice> ROUTE = OptionSpec.choice("route", CkaRouteChoice.AUTO,
      "how to compute it: feature cross-products (p, q <= n) or n x n Gram matrices (p or q > n); "
          + "auto picks the cheaper, the result is the same");

  @Override
  public String id() {
    return CkaMetric.ID;
  }

  @Override
  public String description() {
    return "Linear centred kernel alignment of the two representations (Kornblith et al. 2019)";
  }

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(ROUTE);
  }

  @Override
  public AlignmentMetric create(Options options) {
    return new CkaMetric(options.get(ROUTE).fixed());
  }
}
