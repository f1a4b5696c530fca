package org.brainalign.api.dataset;

import org.brainalign.api.extension.ExtensionProvider;

/** Extension point for brain datasets ({@code nsd}, {@code simulated}, ...). */
public interface BrainDatasetProvider extends ExtensionProvider<BrainDataset> {}
