package org.brainalign.plugins.surrogate;

/** The dataset contract with each trial a row ({@code repetitions=separate}) on a grid subject. */
class SurrogateSeparateContractTest extends ToyDatasetContract {

  SurrogateSeparateContractTest() {
    super(Surrogates.toy("images", "[16,24]", "voxels", "12", "repetitions", "separate"));
  }
}
