package org.brainalign.plugins.encoding;

import java.util.List;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentMetricProvider;
import org.pf4j.Extension;

/**
 * Provides {@code encoding}: voxelwise ridge encoding models. Options {@code alphas} (real list),
 * {@code folds}, {@code seed}.
 */
@Extension
public final class EncodingProvider implements AlignmentMetricProvider {

  @Override
  public String id() {
    return EncodingMetric.ID;
  }

  @Override
  public String description() {
    return "Voxelwise encoding: ridge regression from features to each voxel (penalty per voxel by "
        + "leave-one-out), mean Pearson r of held-out predictions";
  }

  @Override
  public List<OptionSpec<?>> options() {
    return EncodingSettings.options();
  }

  @Override
  public AlignmentMetric create(Options options) {
    return new EncodingMetric(EncodingSettings.from(options));
  }
}
