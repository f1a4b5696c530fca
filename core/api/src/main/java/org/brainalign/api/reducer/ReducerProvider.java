package org.brainalign.api.reducer;

import java.util.Optional;
import org.brainalign.api.extension.ExtensionProvider;
import org.brainalign.api.extension.OptionSpec;

/** Extension point for reducers ({@code sparse-random-projection}, ...). */
public interface ReducerProvider extends ExtensionProvider<Reducer> {

  /**
   * The integer option that sets the target dimension ({@link ReducerSetting#dimension()}), which a
   * study's {@code reducers[].dims} sweeps; empty (the default) for a reducer with no dimension to
   * sweep. It must be one of {@link #options()}.
   */
  default Optional<OptionSpec<Long>> dimensionOption() {
    return Optional.empty();
  }
}
