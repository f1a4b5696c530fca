package org.brainalign.study.nonfinite;

import org.brainalign.api.InvalidInputException;

/**
 * What to do with NaN or ±Inf in a feature or response matrix: refuse the matrix, naming the first
 * bad value's row and column ({@code error}, the default), or drop every column that holds one
 * ({@code drop}) and say how many went.
 */
public enum NonFinitePolicy {
  /** Refuse the matrix (the metrics name the matrix, row and column). */
  ERROR("error"),
  /** Drop every column (unit or voxel) holding a non-finite value. */
  DROP("drop");

  private final String id;

  NonFinitePolicy(String id) {
    this.id = id;
  }

  /** The id used on the command line and in study files. */
  public String id() {
    return id;
  }

  /**
   * Parses {@code error} or {@code drop}.
   *
   * @param where the option or study key, for the message
   * @throws InvalidInputException for any other value
   */
  public static NonFinitePolicy parse(String value, String where) {
    for (NonFinitePolicy p : values()) {
      if (p.id.equals(value)) {
        return p;
      }
    }
    throw InvalidInputException.of(where, "error or drop", "'" + value + "'",
        "Use drop to remove every column holding NaN or ±Inf before the analysis, or error "
            + "(the default) to stop at the first one.");
  }

  /**
   * Adds how to drop non-finite columns to a metric's "expected finite values" message, so the user
   * learns the option where the error shows; any other exception is returned as is.
   *
   * @param how the option that drops them, e.g. {@code "--non-finite=drop"}
   */
  public static RuntimeException withHint(RuntimeException e, String how) {
    if (e instanceof InvalidInputException && e.getMessage() != null
        && e.getMessage().contains("expected finite values")) {
      return new InvalidInputException(e.getMessage() + " Or drop every column holding NaN or "
          + "±Inf with " + how + ".", e);
    }
    return e;
  }
}
