package org.brainalign.plugins.rsa;

import java.util.List;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentMetricProvider;
import org.brainalign.geometry.rdm.Dissimilarity;
import org.brainalign.geometry.rdm.RdmComparison;
import org.pf4j.Extension;

/**
 * Provides {@code rsa}: representational similarity analysis between two representations.
 *
 * <p>Options: {@code rdm} ({@code correlation} | {@code euclidean}), {@code compare}
 * ({@code spearman} | {@code pearson}), {@code save-rdms}, {@code route}
 * ({@code auto} | {@code features} | {@code gram}).
 */
@Extension
public final class RsaProvider implements AlignmentMetricProvider {
  static final OptionSpec<Dissimilarity> RDM = Dissimilarity.OPTION;
  static final OptionSpec<RdmComparison> COMPARE = RdmComparison.OPTION;
  static final OptionSpec<Boolean> SAVE_RDMS = OptionSpec.bool("save-rdms", true,
      "return both RDMs as arrays rdm_x and rdm_y (n x n doubles each)");
  static final OptionSpec<RdmRoute> ROUTE = OptionSpec.choice("route", RdmRoute.AUTO,
      "features (Gram matrix of each split's rows), gram (the centred Gram matrix of all "
          + "stimuli, cached by the host or computed once), or auto (gram for a side whose "
          + "Gram matrix the host caches and that has more columns than rows)");

  @Override
  public String id() {
    return RsaMetric.ID;
  }

  @Override
  public String description() {
    return "Representational similarity analysis: correlation of the two stimulus-by-stimulus "
        + "dissimilarity matrices (Kriegeskorte et al. 2008)";
  }

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(RDM, COMPARE, SAVE_RDMS, ROUTE);
  }

  @Override
  public AlignmentMetric create(Options options) {
    return new RsaMetric(options.get(RDM), options.get(COMPARE), options.get(SAVE_RDMS), options.get(ROUTE));
  }
}
