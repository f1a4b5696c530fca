package org.brainalign.api.reducer;

import java.util.Objects;

/**
 * What a reducer's configuration sets that a study tabulates: the axis it reduces along and the
 * dimension it reduces to (the {@code reducer_axis} and {@code reducer_dim} columns of
 * {@code spectra.csv} and {@code scores.csv}, and the report's reducer panels). A reducer declares
 * it with {@link Reducer#setting()}; a study sweeps the dimension through the option its provider
 * names with {@link ReducerProvider#dimensionOption()}.
 *
 * @param axis what is reduced, e.g. {@code all}, {@code channel}, {@code spatial}; empty for a
 *     reducer with no axis
 * @param dimension the target size (0 = chosen from the data, e.g. by Johnson–Lindenstrauss), or
 *     null for a reducer with no dimension
 */
public record ReducerSetting(String axis, Long dimension) {

  /** A reducer that declares neither: empty axis, no dimension. */
  public static final ReducerSetting NONE = new ReducerSetting("", null);

  /**
   * @throws IllegalArgumentException when the dimension is negative
   */
  public ReducerSetting {
    Objects.requireNonNull(axis, "axis");
    if (dimension != null && dimension < 0) {
      throw new IllegalArgumentException("reducer setting: expected a dimension of at least 0 "
          + "(0 = chosen from the data), found " + dimension);
    }
  }
}
