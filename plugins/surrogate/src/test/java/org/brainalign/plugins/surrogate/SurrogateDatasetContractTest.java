package org.brainalign.plugins.surrogate;

import java.util.Map;
import org.brainalign.api.contract.BrainDatasetContract;
import org.brainalign.api.dataset.BrainDatasetProvider;
import org.brainalign.api.run.RunContext;

/**
 * The dataset contract on one toy subject, with the toy model factory as its run context; the grid
 * and separate-repetitions variants extend it with other options.
 */
class SurrogateDatasetContractTest extends BrainDatasetContract {

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
    return Surrogates.toy("images", "24", "voxels", "12");
  }
}
