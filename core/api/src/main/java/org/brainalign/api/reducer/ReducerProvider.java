package org.brainalign.api.reducer;

import org.brainalign.api.extension.ExtensionProvider;

/** Extension point for reducers ({@code sparse-random-projection}, ...). */
public interface ReducerProvider extends ExtensionProvider<Reducer> {}
