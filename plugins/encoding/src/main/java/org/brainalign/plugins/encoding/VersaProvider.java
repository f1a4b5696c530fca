package org.brainalign.plugins.encoding;

import java.util.ArrayList;
import java.util.List;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentMetricProvider;
import org.brainalign.geometry.rdm.Dissimilarity;
import org.brainalign.geometry.rdm.RdmComparison;
import org.pf4j.Extension;

/**
 * Provides {@code versa}: RSA between the RDMs of encoding-predicted and observed test responses.
 * Options: those of {@code encoding} plus {@code rdm}, {@code compare}, {@code save-rdms}.
 */
@Extension
public final class VersaProvider implements AlignmentMetricProvider {
  static final OptionSpec<Dissimilarity> RDM = Dissimilarity.OPTION;
  static final OptionSpec<RdmComparison> COMPARE = RdmComparison.OPTION;
  static final OptionSpec<Boolean> SAVE_RDMS = OptionSpec.bool("save-rdms", false,
      "return the predicted and observed test RDMs as arrays (n_test x n_test per split)");

  @Override
  public String id() {
    return VersaMetric.ID;
  }

  @Override
  public String description() {
    return "Voxel-encoding RSA (Kaniuth & Hebart 2022): correlation of the RDMs of ridge-predicted "
        + "and observed held-out responses";
  }

  @Override
  public List<OptionSpec<?>> options() {
    List<OptionSpec<?>> out = new ArrayList<>(EncodingSettings.options());
    out.addAll(List.of(RDM, COMPARE, SAVE_RDMS));
    return List.copyOf(out);
  }

  @Override
  public AlignmentMetric create(Options options) {
    return new VersaMetric(EncodingSettings.from(options), options.get(RDM),
        options.get(COMPARE), options.get(SAVE_RDMS));
  }
}
