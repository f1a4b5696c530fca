package org.brainalign.plugins.simulated;

import java.util.Map;
import org.brainalign.api.extension.Options;

/** Builds datasets from option maps, as the host would. */
final class Datasets {

  private Datasets() {}

  static Options options(Map<String, String> raw) {
    SimulatedDatasetProvider p = new SimulatedDatasetProvider();
    return Options.parse(p.id(), p.options(), raw);
  }

  static SimulatedDataset create(Map<String, String> raw) {
    return (SimulatedDataset) new SimulatedDatasetProvider().create(options(raw));
  }
}
