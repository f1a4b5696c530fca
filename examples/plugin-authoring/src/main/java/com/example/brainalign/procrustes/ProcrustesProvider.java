package com.example.brainalign.procrustes;

import java.util.List;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentMetricProvider;
import org.pf4j.Extension;

/**
 * Step 2 of the walk-through: the provider. PF4J finds it through {@code @Extension} and builds it
 * with the no-arg constructor; it names the metric, documents its options and creates an immutable
 * {@link ProcrustesMetric} from validated options.
 */
@Extension
public final class ProcrustesProvider implements AlignmentMetricProvider {
  /** Declared once: listed by options() below and read in create(). */
  static final OptionSpec<Distance> DISTANCE = OptionSpec.choice("distance", Distance.ANGULAR,
      "angular: arccos of the nuclear norm of X'Y (a metric on shapes, in [0, pi/2]); euclidean: "
          + "the least Frobenius distance after rotating Y, in [0, sqrt 2]");

  @Override
  public String id() {
    return "procrustes";
  }

  @Override
  public String description() {
    return "Orthogonal Procrustes shape distance between column-centred, unit-norm representations "
        + "(Williams et al. 2021); lower is closer";
  }

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(DISTANCE);
  }

  @Override
  public AlignmentMetric create(Options options) {
    // Options.parse has already checked that the value is one of the choices.
    return new ProcrustesMetric(options.get(DISTANCE) == Distance.ANGULAR);
  }
}
