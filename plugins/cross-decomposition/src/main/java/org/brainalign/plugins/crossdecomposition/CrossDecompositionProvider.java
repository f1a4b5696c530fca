package org.brainalign.plugins.crossdecomposition;

import java.util.List;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentMetricProvider;
import org.pf4j.Extension;

/** Provides the {@code cross-decomposition} metric. */
@Extension
public final class CrossDecompositionProvider implements AlignmentMetricProvider {

  @Override
  public String id() {
    return "cross-decomposition";
  }

  @Override
  public String description() {
    return "Cross-decomposition (PLS-SVD) spectrum: correlation of paired held-out latent "
        + "dimensions, rank by rank (Shen, Conwell & Bonner 2024)";
  }

  @Override
  public List<OptionSpec<?>> options() {
    return CrossDecompositionOptions.SPECS;
  }

  @Override
  public AlignmentMetric create(Options options) {
    return new CrossDecomposition(CrossDecompositionOptions.from(options), options);
  }
}
