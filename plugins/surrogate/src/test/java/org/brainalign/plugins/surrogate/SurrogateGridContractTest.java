package org.brainalign.plugins.surrogate;

import java.util.Map;

/** The dataset contract on a subject grid, whose first subject sees a prefix of the images. */
class SurrogateGridContractTest extends SurrogateDatasetContractTest {

  @Override
  protected Map<String, String> workingOptions() {
    return Surrogates.toy("images", "[16,24]", "reliability", "[0.4,0.8]", "voxels", "12");
  }
}
