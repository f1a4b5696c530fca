package org.brainalign.plugins.encoding;

/**
 * The centred training features of one split in spectral form, all that ridge needs.
 *
 * <p>With Xc the training rows centred on their mean (rank r), Xc = U S Vᵀ. Ridge with penalty α
 * predicts centred test responses as {@code T diag(m_k / (λ_k + α)) Uᵀ Yc}, where λ_k = s_k² and
 * <ul>
 *   <li>primal form: T = (Xte − μ) V, m_k = s_k;</li>
 *   <li>dual (kernel) form: T = Kc(te, tr) U, m_k = 1 (no p-sized matrix is formed).</li>
 * </ul>
 *
 * @param u left singular vectors U, row-major {@code (nTrain × r)}, orthonormal columns ⟂ 1
 * @param lambda eigenvalues λ_k = s_k² of Xc Xcᵀ, length r, all positive
 * @param multiplier m_k, length r
 * @param testProjection T, row-major {@code (nTest × r)}
 * @param route {@code primal} or {@code dual}
 */
record SplitSpectrum(double[] u, double[] lambda, double[] multiplier, double[] testProjection,
    int nTrain, int nTest, String route) {

  int rank() {
    return lambda.length;
  }
}
