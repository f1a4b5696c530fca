/**
 * Compute backends: where the heavy linear algebra of a study runs. {@link
 * org.brainalign.api.compute.GramBackend} computes the centred Gram matrix of a feature matrix in
 * column panels; the host's OpenBLAS one is the default and plugins may add others (GPU). {@link
 * org.brainalign.api.compute.SymmetricEigenSolver} eigendecomposes symmetric matrices (the
 * training Gram matrix of each fold); metrics default to their own LAPACK and use one the host
 * offers through {@link
 * org.brainalign.api.compute.SymmetricEigenSolver#offeredBy}.
 */
package org.brainalign.api.compute;
