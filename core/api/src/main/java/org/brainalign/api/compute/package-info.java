/**
 * Compute backends: where the heavy linear algebra of a study runs. {@link
 * org.brainalign.api.compute.GramBackend} computes the centred Gram matrix of a feature matrix in
 * column panels; the host's OpenBLAS one is the default and plugins may add others (GPU).
 */
package org.brainalign.api.compute;
