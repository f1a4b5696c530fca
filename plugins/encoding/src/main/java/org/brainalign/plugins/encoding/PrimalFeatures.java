package org.brainalign.plugins.encoding;

import org.brainalign.api.BrainAlignException;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.split.Split;
import org.brainalign.geometry.gram.RowBlocks;
import smile.math.blas.BLAS;
import smile.math.blas.LAPACK;
import smile.math.blas.Layout;
import smile.math.blas.SVDJob;
import smile.math.blas.Transpose;

/** Primal form: thin SVD (LAPACK dgesdd) of the centred training rows, {@code (nTrain × p)}. */
final class PrimalFeatures implements FeatureSpace {
  private final LabelledMatrix x;

  PrimalFeatures(LabelledMatrix x) {
    this.x = x;
  }

  @Override
  public SplitSpectrum spectrum(Split split) {
    int p = x.columns();
    int ntr = split.train().length;
    int nte = split.test().length;
    double[] xtr = RowBlocks.read(x.data(), split.train(), 0, ntr);
    double[] xte = RowBlocks.read(x.data(), split.test(), 0, nte);
    double[] mu = Matrices.columnMeans(xtr, ntr, p);
    Matrices.subtractRow(xtr, ntr, p, mu);
    Matrices.subtractRow(xte, nte, p, mu);
    int k = Math.min(ntr, p);
    double[] s = new double[k];
    double[] u = new double[ntr * k];
    double[] vt = new double[k * p];
    int info = LAPACK.engine.gesdd(Layout.ROW_MAJOR, SVDJob.COMPACT, ntr, p, xtr, p, s, u, k, vt, p);
    if (info != 0) {
      throw new BrainAlignException("LAPACK dgesdd failed (info " + info + ") on the "
          + ntr + " × " + p + " training features of " + x.name());
    }
    double tol = (s.length == 0 ? 0 : s[0]) * Math.max(ntr, p) * 0x1.0p-52;
    int r = 0;
    while (r < k && s[r] > tol) {
      r++;
    }
    double[] ur = new double[ntr * r];
    for (int i = 0; i < ntr; i++) {
      System.arraycopy(u, i * k, ur, i * r, r);
    }
    double[] t = new double[nte * r];
    if (r > 0) {
      // T = (Xte − μ) V: the first r rows of Vᵀ, transposed.
      BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.NO_TRANSPOSE, Transpose.TRANSPOSE, nte, r, p,
          1.0, xte, p, vt, p, 0.0, t, r);
    }
    double[] lambda = new double[r];
    double[] m = new double[r];
    for (int j = 0; j < r; j++) {
      lambda[j] = s[j] * s[j];
      m[j] = s[j];
    }
    return new SplitSpectrum(ur, lambda, m, t, ntr, nte, "primal");
  }
}
