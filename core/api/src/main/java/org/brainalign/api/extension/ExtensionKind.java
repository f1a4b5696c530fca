package org.brainalign.api.extension;

/** The four extension points. */
public enum ExtensionKind {
  MODEL("model"),
  DATASET("dataset"),
  REDUCER("reducer"),
  METRIC("metric");

  private final String label;

  ExtensionKind(String label) {
    this.label = label;
  }

  /** The word used on the command line and in listings. */
  public String label() {
    return label;
  }
}
