package org.brainalign.plugins.surrogate;

import java.util.Map;
import org.brainalign.api.contract.BrainDatasetContract;
import org.brainalign.api.dataset.BrainDatasetProvider;
import org.brainalign.api.run.RunContext;

/** The dataset contract with each trial a row ({@code repetitions=separate}) on a grid subject. */
class SurrogateSeparateContractTest extends BrainDatasetContract {

  @Override
  protected BrainDatasetProvider datasetProvider() {
    return new SurrogateDatasetProvider();
  }

  @Override
  protected RunContext context() {
    return ToyModel.context();
  }

  @Override
  protected Map<String, String> workingOptions() {
    return Surrogates.toy("images", "[16,24]", "voxels", "12", "repetitions", "separate");
  }
}
