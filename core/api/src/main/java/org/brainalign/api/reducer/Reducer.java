package org.brainalign.api.reducer;

/** Shrinks layer activations. Fitting returns a new object; the reducer itself never changes. */
public interface Reducer {

  /** Fits to a layer's shape and the number of stimuli. */
  FittedReducer fit(ReducerInput input);

  /**
   * The axis and dimension this reducer was configured with, for a study's {@code reducer_axis}
   * and {@code reducer_dim} columns; {@link ReducerSetting#NONE} (empty, no dimension) unless the
   * reducer declares them.
   */
  default ReducerSetting setting() {
    return ReducerSetting.NONE;
  }
}
