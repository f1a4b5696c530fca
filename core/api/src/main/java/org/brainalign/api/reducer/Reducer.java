package org.brainalign.api.reducer;

/** Shrinks layer activations. Fitting returns a new object; the reducer itself never changes. */
public interface Reducer {

  /** Fits to a layer's shape and the number of stimuli. */
  FittedReducer fit(ReducerInput input);
}
