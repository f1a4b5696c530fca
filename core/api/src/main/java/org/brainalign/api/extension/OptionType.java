package org.brainalign.api.extension;

/** The type of an extension option, used to parse its text form and to document it. */
public enum OptionType {
  /** A whole number, e.g. {@code folds=8}. */
  INTEGER("integer"),
  /** A real number, e.g. {@code null-quantile=0.99}. */
  REAL("real"),
  /** {@code true} or {@code false}. */
  BOOLEAN("boolean"),
  /** Free text. */
  STRING("string"),
  /** One of a fixed list of words. */
  CHOICE("choice"),
  /** A file or folder path. */
  PATH("path"),
  /** Whole numbers in brackets, e.g. {@code dims=[16,64,256]}; a single value needs no brackets. */
  INTEGER_LIST("integer list"),
  /** Real numbers in brackets, e.g. {@code alphas=[0.1,1,10]}; a single value needs no brackets. */
  REAL_LIST("real list");

  private final String label;

  OptionType(String label) {
    this.label = label;
  }

  /** The name shown to users. */
  public String label() {
    return label;
  }
}
