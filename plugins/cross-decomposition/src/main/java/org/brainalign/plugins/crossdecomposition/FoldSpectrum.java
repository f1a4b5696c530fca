package org.brainalign.plugins.crossdecomposition;

import org.brainalign.support.stats.Correlation;

/**
 * The spectrum of one train/test split.
 *
 * <p>With M = A_xᵀ A_y = P S Qᵀ (see {@link Factor}), the cross-covariance of the training data is
 * C = G_x P (S / (n_tr − 1)) Qᵀ G_yᵀ; test scores are t_x P and t_y Q, and the spectrum at rank k is
 * the Pearson correlation of their k-th columns. Ranks stop where S falls below
 * {@link #SINGULAR_TOLERANCE} of its largest value ({@link FoldPrecision#singularTolerance} on the
 * single-precision route), and at n_tr − 1.
 *
 * @param singular singular values of the training cross-covariance (covariance per rank)
 * @param correlation Pearson r of the paired test scores per rank
 * @param testCovariance covariance (ddof = 1) of the paired test scores per rank
 * @param scoresX test scores of X {@code (nTest × rank)}
 * @param scoresY test scores of Y {@code (nTest × rank)}
 * @param nTrain training rows
 * @param droppedX numerically-zero eigen-directions dropped on X's dual route
 * @param droppedY the same for Y
 */
record FoldSpectrum(double[] singular, double[] correlation, double[] testCovariance,
    ColumnMajor scoresX, ColumnMajor scoresY, int nTrain, int droppedX, int droppedY) {

  /** Singular values below this fraction of the largest are numerically zero. */
  static final double SINGULAR_TOLERANCE = 1e-10;

  int rank() {
    return singular.length;
  }

  /**
   * @param precision arithmetic of M and its SVD; the correlations are computed in double from the
   *     test scores either way
   */
  static FoldSpectrum compute(Factor fx, Factor fy, int nTrain, FoldPrecision precision) {
    Decompositions.ProjectedSvd svd = precision == FoldPrecision.SINGLE ? SingleSvd.of(fx, fy)
        : Decompositions.projectedSvd(fx.a().times(true, fy.a(), false), fx.t(), fy.t());
    double[] s = svd.s();
    int rank = 0;
    int limit = Math.min(s.length, nTrain - 1);
    while (rank < limit && s[rank] > precision.singularTolerance() * s[0]) {
      rank++;
    }
    ColumnMajor sx = svd.left().leadingColumns(rank);
    ColumnMajor sy = svd.right().leadingColumns(rank);
    double[] singular = new double[rank];
    double[] corr = new double[rank];
    double[] cov = new double[rank];
    int nte = sx.rows();
    for (int k = 0; k < rank; k++) {
      singular[k] = s[k] / (nTrain - 1);
      corr[k] = Correlation.pearson(sx.a(), sy.a(), k * nte, nte);
      cov[k] = Correlation.covariance(sx.a(), sy.a(), k * nte, nte);
    }
    return new FoldSpectrum(singular, corr, cov, sx, sy, nTrain, fx.dropped(), fy.dropped());
  }
}
