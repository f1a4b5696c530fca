/**
 * Very sparse random projection of layer activations (Li, Hastie and Church 2006), over all units,
 * over channels only or over spatial positions only (Shen, Conwell and Bonner 2024, Figure 3).
 *
 * <p>Entry point: {@link org.brainalign.plugins.srp.SparseRandomProjectionProvider}, reducer id
 * {@code sparse-random-projection}. The projection matrix is a {@link
 * org.brainalign.plugins.srp.SignMatrix} generated column by column from the seed by {@link
 * org.brainalign.plugins.srp.SignMatrixGenerator}; the generator is specified there bit for bit.
 */
package org.brainalign.plugins.srp;
