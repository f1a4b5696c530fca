package org.brainalign.plugins.surrogate;

/**
 * The dataset contract on one toy subject; the grid and separate-repetitions variants run it with
 * other options.
 */
class SurrogateDatasetContractTest extends ToyDatasetContract {

  SurrogateDatasetContractTest() {
    super(Surrogates.toy("images", "24", "voxels", "12"));
  }
}
