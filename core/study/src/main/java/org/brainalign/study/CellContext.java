package org.brainalign.study;

/**
 * What a cell's result depends on besides its own coordinates: the model and dataset with every
 * option, and the settings that change its numbers. Part of every cell's identity, so a changed
 * option never reuses a stale result.
 *
 * @param model the model spec with every option
 * @param dataset the dataset spec with every option
 * @param dropNonFinite whether non-finite columns are dropped ({@code non-finite: drop}); error mode
 *     leaves the identity as earlier releases wrote it
 * @param gramBackend the Gram backend's options, or null for {@code blas} (whose cells keep their
 *     earlier identities)
 * @param eigenBackend the eigensolver's spec, or null for the default
 */
record CellContext(String model, String dataset, boolean dropNonFinite, String gramBackend,
    String eigenBackend) {

  /**
   * The persisted text form, digested into every cell folder name: the parts joined by {@code |},
   * the optional ones only when set. Changing it renames every cell of every existing study.
   */
  String canonical() {
    return model + "|" + dataset + (dropNonFinite ? "|non-finite=drop" : "")
        + (gramBackend == null ? "" : "|gram-backend=" + gramBackend)
        + (eigenBackend == null ? "" : "|eigen-backend=" + eigenBackend);
  }
}
