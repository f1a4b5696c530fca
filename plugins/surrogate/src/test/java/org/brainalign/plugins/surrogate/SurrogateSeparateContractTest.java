package org.brainalign.plugins.surrogate;

import java.util.Map;

/** The dataset contract with each trial a row ({@code repetitions=separate}) on a grid subject. */
class SurrogateSeparateContractTest extends SurrogateDatasetContractTest {

  @Override
  protected Map<String, String> workingOptions() {
    return Surrogates.toy("images", "[16,24]", "voxels", "12", "repetitions", "separate");
  }
}
