package org.brainalign.plugins.crossdecomposition;

import org.bytedeco.openblas.global.openblas;

/**
 * The {@link FoldPrecision#SINGLE} counterpart of {@link Decompositions#projectedSvd}: the fold
 * matrix {@code M = A_xᵀ A_y} by sgemm, then the SVD of M through the eigendecomposition of its
 * short side's Gram matrix in double: for M {@code (r × c)} with r ≥ c, {@code MᵀM = V Λ Vᵀ} (dsyrk
 * of M widened to double, LAPACK dsyevd), {@code S = √Λ} and the long side's projection
 * {@code t_x U = (t_x M) V S⁻¹} (a wide M goes through {@code Mᵀ} the same way).
 *
 * <p>Why not sgesdd: its bidiagonalization spends half its operations in matrix-vector products
 * that stream M from memory, 1.7× (double) to 3× (float) the time of the Gram route on this
 * machine's class of CPU. Squaring M costs accuracy only where double's own rounding of MᵀM,
 * {@code eps₆₄ · s₁²}, reaches {@code s_k²}, i.e. below {@code 1e-8 · s₁}, far under the
 * {@link FoldPrecision#singularTolerance} of 1e-5 at which this route's ranks stop; above it the
 * error is that of M's own float32 rounding, as with sgesdd. Singular values and projections come
 * back in double.
 */
final class SingleSvd {
  private static final int COL_MAJOR = 102;
  private static final int LOWER = 122;
  private static final int TRANS = 112;

  private SingleSvd() {}

  /**
   * @param fx X's factor: {@code a (n_tr × d_x)}, test rows {@code t (n_te × d_x)}
   * @param fy Y's factor: {@code a (n_tr × d_y)}, test rows {@code t (n_te × d_y)}
   * @return singular values of M (descending), {@code t_x U} and {@code t_y V}
   */
  static Decompositions.ProjectedSvd of(Factor fx, Factor fy) {
    FloatMatrix m = FloatMatrix.of(fx.a()).times(true, FloatMatrix.of(fy.a()), false);
    if (m.rows() >= m.cols()) {
      Sides s = sides(m, fx.t());
      return new Decompositions.ProjectedSvd(s.singular(), s.longSide(),
          fy.t().times(false, s.shortVectors(), false));
    }
    // Mᵀ = V S Uᵀ: the short side is X's.
    Sides s = sides(m.transpose(), fy.t());
    return new Decompositions.ProjectedSvd(s.singular(),
        fx.t().times(false, s.shortVectors(), false), s.longSide());
  }

  /**
   * @param singular s, descending
   * @param shortVectors the short side's singular vectors {@code (c × c)}
   * @param longSide the long side's test projection {@code t M V S⁻¹ (n_te × c)}
   */
  private record Sides(double[] singular, ColumnMajor shortVectors, ColumnMajor longSide) {}

  /** For a tall-or-square {@code m (r × c)} and test rows {@code t (n_te × r)}. */
  private static Sides sides(FloatMatrix m, ColumnMajor t) {
    ColumnMajor wide = m.toDouble();
    int r = wide.rows();
    int c = wide.cols();
    ColumnMajor gram = ColumnMajor.zeros(c, c);
    if (r > 0 && c > 0) {
      // MᵀM, lower triangle (the triangle dsyevd reads).
      openblas.cblas_dsyrk(COL_MAJOR, LOWER, TRANS, c, r, 1.0, wide.a(), r, 0.0, gram.a(), c);
    }
    Decompositions.SymmetricEigen e = Decompositions.symmetricEigen(gram);
    double[] s = new double[c];
    for (int k = 0; k < c; k++) {
      s[k] = Math.sqrt(Math.max(0.0, e.values()[k]));
    }
    ColumnMajor v = e.vectors();
    ColumnMajor projected = t.times(false, wide, false).times(false, v, false);
    int n = projected.rows();
    for (int k = 0; k < c; k++) {
      // A zero singular value has no left vector; its rank is cut by the singular tolerance.
      double inverse = s[k] > 0 ? 1.0 / s[k] : 0.0;
      for (int i = 0; i < n; i++) {
        projected.a()[i + k * n] *= inverse;
      }
    }
    return new Sides(s, v, projected);
  }
}
