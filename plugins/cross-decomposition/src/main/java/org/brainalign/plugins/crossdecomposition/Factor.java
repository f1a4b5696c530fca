package org.brainalign.plugins.crossdecomposition;

/**
 * One side of one fold in a basis where the cross-covariance is cheap.
 *
 * <p>The training block Z_tr (centred on the training means) is written Z_tr = A Gᵀ with G having
 * orthonormal columns, so that Z_trᵀ W_tr = G Aᵀ W_tr and the SVD of the small matrix
 * A_xᵀ A_y gives the cross-decomposition. {@code t} holds the test rows in the same basis
 * (Z_te G). Primal route: A = Z_tr and G = I. Dual route (Gram K_tr = W Λ Wᵀ): A = W Λ^½ and
 * t = K_te,tr W Λ^-½.
 *
 * @param a training coordinates {@code (nTrain × d)}
 * @param t test coordinates {@code (nTest × d)}
 * @param dropped eigen-directions dropped as numerically zero (dual route only)
 */
record Factor(ColumnMajor a, ColumnMajor t, int dropped) {}
