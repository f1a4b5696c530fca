package org.brainalign.plugins.surrogate;

/** The dataset contract on a subject grid, whose first subject sees a prefix of the images. */
class SurrogateGridContractTest extends ToyDatasetContract {

  SurrogateGridContractTest() {
    super(Surrogates.toy("images", "[16,24]", "reliability", "[0.4,0.8]", "voxels", "12"));
  }
}
