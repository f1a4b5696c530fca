package org.brainalign.api.extension;

/** The extension points. */
public enum ExtensionKind {
  MODEL("model"),
  DATASET("dataset"),
  REDUCER("reducer"),
  METRIC("metric"),
  /** Where centred Gram matrices are computed ({@link org.brainalign.api.compute.GramBackendProvider}). */
  GRAM_BACKEND("gram-backend"),
  /**
   * Where symmetric eigendecompositions run
   * ({@link org.brainalign.api.compute.SymmetricEigenSolverProvider}).
   */
  EIGEN_BACKEND("eigen-backend");

  private final String label;

  ExtensionKind(String label) {
    this.label = label;
  }

  /** The word used on the command line and in listings. */
  public String label() {
    return label;
  }
}
