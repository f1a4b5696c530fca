package org.brainalign.api.compute;

import org.brainalign.api.extension.ExtensionProvider;

/**
 * Extension point for symmetric eigensolvers ({@code torch}, the optional DJL/libtorch plugin; the
 * metrics' own LAPACK is the default and needs no provider). A study picks one with
 * {@code compute: {eigen-backend: ID}}, {@code compare} with {@code --eigen-backend ID}.
 * {@link #create} may load native libraries and should fail there, with the fix, when it cannot.
 */
public interface SymmetricEigenSolverProvider extends ExtensionProvider<SymmetricEigenSolver> {}
