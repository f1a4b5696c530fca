package org.brainalign.plugins.surrogate;

import java.util.Map;
import org.brainalign.api.contract.BrainDatasetContract;
import org.brainalign.api.dataset.BrainDatasetProvider;
import org.brainalign.api.run.RunContext;

/** The dataset contract on a subject grid, whose first subject sees a prefix of the images. */
class SurrogateGridContractTest extends BrainDatasetContract {

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
    return Surrogates.toy("images", "[16,24]", "reliability", "[0.4,0.8]", "voxels", "12");
  }
}
