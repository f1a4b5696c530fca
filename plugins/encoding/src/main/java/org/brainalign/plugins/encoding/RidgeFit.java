package org.brainalign.plugins.encoding;

import smile.math.blas.BLAS;
import smile.math.blas.Layout;
import smile.math.blas.Transpose;

/**
 * Ridge regression with an unpenalised intercept from features to every voxel, with the penalty
 * chosen per voxel by exact leave-one-out (LOO) cross-validation on the training rows.
 *
 * <p>With the training spectrum Xc = U S Vᵀ, the hat matrix for penalty α is
 * H(α) = 11ᵀ/n + U diag(λ/(λ+α)) Uᵀ, so the LOO residual of row i is
 * (Yc − H Yc)_i / (1 − H_ii) without refitting (Golub, Heath &amp; Wahba 1979; Hastie, Tibshirani &amp;
 * Friedman 2009, §7.10). The penalty with the smallest mean squared LOO error is kept per voxel (the
 * first in the given order on ties), as scikit-learn's {@code RidgeCV(alphas, alpha_per_target=True)}.
 * A single penalty skips the search and equals {@code Ridge(alpha)}.
 */
final class RidgeFit {
  private RidgeFit() {}

  /**
   * @param sp the training spectrum and test projection of one split
   * @param ytr training responses, row-major {@code (nTrain × q)}
   * @param alphas penalties, all &gt; 0
   * @return predicted test responses {@code (nTest × q)} and the penalty chosen for each voxel
   */
  static Prediction fit(SplitSpectrum sp, double[] ytr, int q, double[] alphas) {
    int ntr = sp.nTrain();
    int r = sp.rank();
    double[] ybar = Matrices.columnMeans(ytr, ntr, q);
    double[] yc = ytr.clone();
    Matrices.subtractRow(yc, ntr, q, ybar);
    zeroConstantColumns(ytr, yc, ybar, ntr, q);
    double[] b = new double[r * q];
    if (r > 0) {
      // B = Uᵀ Yc: the training responses in the basis of the features' left singular vectors.
      BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.TRANSPOSE, Transpose.NO_TRANSPOSE, r, q, ntr,
          1.0, sp.u(), r, yc, q, 0.0, b, q);
    }
    double[] chosen = new double[q];
    if (alphas.length == 1) {
      java.util.Arrays.fill(chosen, alphas[0]);
    } else {
      chooseByLeaveOneOut(sp, yc, b, q, alphas, chosen);
    }
    // G_kj = m_k / (λ_k + α_j) · B_kj; predicted test responses Ŷ = ȳ + T G.
    double[] g = new double[r * q];
    for (int k = 0; k < r; k++) {
      for (int j = 0; j < q; j++) {
        g[k * q + j] = sp.multiplier()[k] / (sp.lambda()[k] + chosen[j]) * b[k * q + j];
      }
    }
    int nte = sp.nTest();
    double[] yhat = new double[nte * q];
    for (int i = 0; i < nte; i++) {
      System.arraycopy(ybar, 0, yhat, i * q, q);
    }
    if (r > 0) {
      BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.NO_TRANSPOSE, Transpose.NO_TRANSPOSE, nte, q, r,
          1.0, sp.testProjection(), r, g, q, 1.0, yhat, q);
    }
    return new Prediction(yhat, chosen);
  }

  /**
   * A voxel constant on the training rows gets centred values of exactly 0 and mean exactly its
   * value (rounding in the mean would otherwise leave noise that the model would fit), so its
   * prediction is exactly constant and its r is undefined rather than noise.
   */
  private static void zeroConstantColumns(double[] ytr, double[] yc, double[] ybar, int ntr, int q) {
    for (int j = 0; j < q; j++) {
      boolean constant = true;
      for (int i = 1; i < ntr && constant; i++) {
        constant = ytr[i * q + j] == ytr[j];
      }
      if (constant) {
        ybar[j] = ytr[j];
        for (int i = 0; i < ntr; i++) {
          yc[i * q + j] = 0.0;
        }
      }
    }
  }

  private static void chooseByLeaveOneOut(SplitSpectrum sp, double[] yc, double[] b, int q,
      double[] alphas, double[] chosen) {
    int ntr = sp.nTrain();
    int r = sp.rank();
    double[] u = sp.u();
    double[] lambda = sp.lambda();
    // Y⊥ = Yc − U B: the part of the responses outside the features' span, never shrunk.
    double[] perp = yc.clone();
    if (r > 0) {
      BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.NO_TRANSPOSE, Transpose.NO_TRANSPOSE, ntr, q, r,
          -1.0, u, r, b, q, 1.0, perp, q);
    }
    double[] best = new double[q];
    java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(chosen, alphas[0]);
    double[] d = new double[r * q];
    double[] resid = new double[ntr * q];
    double[] leverage = leverages(u, lambda, ntr, r, alphas);
    for (int a = 0; a < alphas.length; a++) {
      double alpha = alphas[a];
      for (int k = 0; k < r; k++) {
        double shrink = alpha / (lambda[k] + alpha);
        for (int j = 0; j < q; j++) {
          d[k * q + j] = shrink * b[k * q + j];
        }
      }
      System.arraycopy(perp, 0, resid, 0, perp.length);
      if (r > 0) {
        // Residual (I − H) Yc = Y⊥ + U diag(α/(λ+α)) B.
        BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.NO_TRANSPOSE, Transpose.NO_TRANSPOSE, ntr, q, r,
            1.0, u, r, d, q, 1.0, resid, q);
      }
      double[] h = new double[ntr];
      for (int i = 0; i < ntr; i++) {
        h[i] = leverage[i * alphas.length + a];
      }
      double[] err = new double[q];
      for (int i = 0; i < ntr; i++) {
        double scale = 1.0 / (1.0 - h[i]);
        int off = i * q;
        for (int j = 0; j < q; j++) {
          double e = resid[off + j] * scale;
          err[j] += e * e;
        }
      }
      for (int j = 0; j < q; j++) {
        if (err[j] < best[j]) {
          best[j] = err[j];
          chosen[j] = alphas[a];
        }
      }
    }
  }

  /**
   * Diagonals of the hat matrices for every penalty at once: H_ii(α) = 1/n + Σ_k U_ik² λ_k/(λ_k+α),
   * as one product (U∘U) W with W_ka = λ_k/(λ_k+α_a).
   *
   * @return row-major {@code (nTrain × alphas.length)}
   */
  private static double[] leverages(double[] u, double[] lambda, int ntr, int r, double[] alphas) {
    int na = alphas.length;
    double[] out = new double[ntr * na];
    java.util.Arrays.fill(out, 1.0 / ntr);
    if (r == 0) {
      return out;
    }
    double[] u2 = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      u2[i] = u[i] * u[i];
    }
    double[] w = new double[r * na];
    for (int k = 0; k < r; k++) {
      for (int a = 0; a < na; a++) {
        w[k * na + a] = lambda[k] / (lambda[k] + alphas[a]);
      }
    }
    BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.NO_TRANSPOSE, Transpose.NO_TRANSPOSE, ntr, na, r,
        1.0, u2, r, w, na, 1.0, out, na);
    return out;
  }

  /**
   * @param testResponses predicted test responses, row-major {@code (nTest × q)}
   * @param alphas the penalty used for each voxel
   */
  record Prediction(double[] testResponses, double[] alphas) {}
}
