package org.brainalign.plugins.surrogate;

import java.util.Map;
import org.brainalign.api.contract.BrainDatasetContract;
import org.brainalign.api.run.RunContext;

/**
 * The dataset contract on the surrogate provider with the toy model factory as its run context;
 * each test below chooses the toy subjects through the options.
 */
abstract class ToyDatasetContract extends BrainDatasetContract {

  ToyDatasetContract(Map<String, String> workingOptions) {
    super(new SurrogateDatasetProvider(), workingOptions);
  }

  @Override
  protected RunContext context() {
    return ToyModel.context();
  }
}
