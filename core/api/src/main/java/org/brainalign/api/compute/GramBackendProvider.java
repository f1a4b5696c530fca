package org.brainalign.api.compute;

import org.brainalign.api.extension.ExtensionProvider;

/**
 * Extension point for Gram-matrix backends ({@code blas}, the host's default; {@code torch}, the
 * optional DJL/libtorch plugin). A study picks one with {@code compute: {gram-backend: ID}}.
 * {@link #create} may load native libraries and should fail there, with the fix, when it cannot.
 */
public interface GramBackendProvider extends ExtensionProvider<GramBackend> {}
