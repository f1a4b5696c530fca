package org.brainalign.plugins.crossdecomposition;

import org.brainalign.api.InvalidInputException;
import org.brainalign.api.compute.SymmetricEigenSolver;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.brainalign.geometry.gram.CentredGrams;
import org.brainalign.geometry.gram.ColumnStats;
import org.brainalign.geometry.gram.PanelGram;

/**
 * A side used through its Gram matrix, for p ≫ n (docs/method.md §2, dual route).
 *
 * <p>Without scaling, K is computed once from data centred on the mean of all rows (a constant shift
 * that only improves conditioning) — or taken from the host's cache when the matrix supplies it — and
 * re-centred per fold on the training mean:
 * Kc = K − 1mᵀ − m1ᵀ + c, m_i = mean_{j∈train} K_ij, c = mean_{j∈train} m_j. With scaling, the
 * training standard deviations differ per fold, so K is recomputed per fold. K is accumulated in the
 * requested {@link GramPrecision}; a host-supplied Gram matrix is used only when it has that
 * precision.
 */
final class DualSide implements Side {
  /** Eigenvalues of K_tr below this fraction of the largest are rank deficiency, not signal. */
  static final double EIGEN_TOLERANCE = 1e-10;
  /**
   * The same for a single-precision Gram matrix: float32 panel products leave noise eigenvalues of
   * about 1e-7 to 1e-6 of the largest in a rank-deficient K_tr, which must not count as ranks.
   */
  static final double EIGEN_TOLERANCE_SINGLE = 1e-5;
  private final Matrix data;
  private final String name;
  private final boolean scale;
  private final GramPrecision precision;
  private final ColumnMajor gram;
  private final FoldFactor method;
  private final FoldPrecision foldPrecision;
  private final boolean shared;
  private FoldKey.Digest gramDigest;

  private DualSide(Matrix data, String name, boolean scale, GramPrecision precision,
      ColumnMajor gram, FoldFactor method, FoldPrecision foldPrecision, boolean shared) {
    this.data = data;
    this.name = name;
    this.scale = scale;
    this.precision = precision;
    this.gram = gram;
    this.method = method;
    this.foldPrecision = foldPrecision;
    this.shared = shared;
  }

  /**
   * @param method how each fold's K_tr is factored
   * @param foldPrecision arithmetic of the pivoted Cholesky factor (the eigen factor stays double)
   * @param shared whether fold factors go through {@link RunContext#sharedWork()}, so that other
   *     regions scored against the same features reuse them (unscaled only: a scaled side's Gram
   *     matrix is fold-specific and not known before it is computed)
   */
  static DualSide of(LabelledMatrix m, boolean scale, GramPrecision precision, FoldFactor method,
      FoldPrecision foldPrecision, boolean shared, RunContext context) {
    if (scale) {
      ColumnStats.of(m.data(), null, false, m.name());
      return new DualSide(m.data(), m.name(), true, precision, null, method,
          foldPrecision, false);
    }
    int n = m.rows();
    // Shared with every fold, region and metric when the host supplies it (CentredGram) in the
    // requested precision.
    return new DualSide(m.data(), m.name(), false, precision,
        new ColumnMajor(n, n, CentredGrams.of(m, context, precision)), method, foldPrecision,
        shared);
  }

  /**
   * The relative eigenvalue cut-off for a Gram matrix of this precision factored in this
   * arithmetic: the coarser of the two.
   */
  static double eigenTolerance(GramPrecision precision, FoldPrecision foldPrecision) {
    double gram = precision == GramPrecision.SINGLE ? EIGEN_TOLERANCE_SINGLE : EIGEN_TOLERANCE;
    return Math.max(gram, foldPrecision.eigenTolerance());
  }

  @Override
  public Route route() {
    return Route.DUAL;
  }

  @Override
  public Factor factor(Split split, RunContext context) {
    ColumnMajor k = gram;
    if (scale) {
      ColumnStats s = ColumnStats.of(data, split.train(), true, name);
      int n = data.rows();
      k = new ColumnMajor(n, n, PanelGram.compute(data, s.mean(), s.std(), context, "gram " + name,
          precision));
    }
    double tolerance = eigenTolerance(precision, foldPrecision);
    if (!shared) {
      return factorFromGram(k, split.train(), split.test(), name, tolerance, method, foldPrecision,
          context);
    }
    ColumnMajor kk = k;
    long ntr = split.train().length;
    long bytes = 8L * ntr * (ntr + split.test().length) + 64;
    return context.sharedWork().share(key(split, tolerance, context), Factor.class, bytes,
        () -> factorFromGram(kk, split.train(), split.test(), name, tolerance, method,
            foldPrecision, context));
  }

  private FoldKey key(Split split, double tolerance, RunContext context) {
    synchronized (this) {
      if (gramDigest == null) {
        gramDigest = FoldKey.digest(gram.a());
      }
    }
    String how = SymmetricEigenSolver.offeredBy(context).map(s -> "eigen " + s.describe())
        .orElse(method.id());
    return new FoldKey(gramDigest, gram.rows(), FoldKey.digest(split.train(), split.test()),
        tolerance, "cross-decomposition " + how, foldPrecision);
  }

  /**
   * The fold's factor from the full Gram matrix: K re-centred on the training mean, then
   * {@code K_tr = A Aᵀ} by pivoted Cholesky ({@link PivotedCholesky}) or, with
   * {@link FoldFactor#EIGEN} or when the user chose an eigensolver (torch), by
   * {@code K_tr = W Λ Wᵀ} with the eigenvalue cut-off below; both drop the directions under
   * {@code tolerance} of the largest eigenvalue. With {@link FoldPrecision#SINGLE} the pivoted
   * Cholesky factor is computed in float32 ({@link SingleCholesky}); the eigen factor stays double.
   */
  static Factor factorFromGram(ColumnMajor k, int[] train, int[] test, String name,
      double tolerance, FoldFactor method, FoldPrecision precision, RunContext context) {
    int n = k.rows();
    int ntr = train.length;
    int nte = test.length;
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j : train) {
        s += k.get(i, j);
      }
      m[i] = s / ntr;
    }
    double c = 0;
    for (int j : train) {
      c += m[j];
    }
    c /= ntr;
    ColumnMajor ktr = ColumnMajor.zeros(ntr, ntr);
    for (int b = 0; b < ntr; b++) {
      for (int a = 0; a < ntr; a++) {
        ktr.a()[a + b * ntr] = k.get(train[a], train[b]) - m[train[a]] - m[train[b]] + c;
      }
    }
    ColumnMajor kte = ColumnMajor.zeros(nte, ntr);
    for (int b = 0; b < ntr; b++) {
      for (int a = 0; a < nte; a++) {
        kte.a()[a + b * nte] = k.get(test[a], train[b]) - m[test[a]] - m[train[b]] + c;
      }
    }
    String label = "K_tr " + name + " (" + ntr + " training rows)";
    if (method == FoldFactor.EIGEN || SymmetricEigenSolver.offeredBy(context).isPresent()) {
      return eigenFactor(ktr, kte, name, label, tolerance, context);
    }
    if (precision == FoldPrecision.SINGLE) {
      Factor f = SingleCholesky.factor(ktr, kte, tolerance);
      if (f.a().cols() == 0) {
        throw noVariance(name);
      }
      return f;
    }
    PivotedCholesky chol = PivotedCholesky.of(ktr, tolerance);
    if (chol.rank() == 0) {
      throw noVariance(name);
    }
    // Test coordinates T with T Aᵀ = K_te,tr, i.e. Z_te G for G = Z_trᵀ A (AᵀA)⁻¹.
    return new Factor(chol.factor(), chol.solveRows(kte), ntr - chol.rank());
  }

  private static Factor eigenFactor(ColumnMajor ktr, ColumnMajor kte, String name, String label,
      double tolerance, RunContext context) {
    int ntr = ktr.rows();
    Decompositions.SymmetricEigen eig = Decompositions.symmetricEigen(ktr, label, context);
    double[] lambda = eig.values();
    double top = lambda.length == 0 ? 0 : lambda[0];
    if (!(top > 0)) {
      throw noVariance(name);
    }
    int keep = 0;
    while (keep < ntr && lambda[keep] > tolerance * top) {
      keep++;
    }
    ColumnMajor w = eig.vectors();
    ColumnMajor a = ColumnMajor.zeros(ntr, keep);
    ColumnMajor wInv = ColumnMajor.zeros(ntr, keep);
    for (int j = 0; j < keep; j++) {
      double root = Math.sqrt(lambda[j]);
      for (int i = 0; i < ntr; i++) {
        a.a()[i + j * ntr] = w.get(i, j) * root;
        wInv.a()[i + j * ntr] = w.get(i, j) / root;
      }
    }
    // Test coordinates: K_te,tr W Λ^-½.
    ColumnMajor t = kte.times(false, wInv, false);
    return new Factor(a, t, ntr - keep);
  }

  private static InvalidInputException noVariance(String name) {
    return InvalidInputException.of(name, "some variance across the training stimuli",
        "all training rows identical after centring", "Check that the matrix is not constant.");
  }
}
