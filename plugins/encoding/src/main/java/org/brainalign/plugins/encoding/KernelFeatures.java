package org.brainalign.plugins.encoding;

import org.brainalign.api.BrainAlignException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.split.Split;
import org.brainalign.geometry.gram.Gram;
import org.brainalign.geometry.gram.RowBlocks;
import org.brainalign.geometry.gram.RowTransform;
import smile.math.blas.BLAS;
import smile.math.blas.EVDJob;
import smile.math.blas.LAPACK;
import smile.math.blas.Layout;
import smile.math.blas.Transpose;
import smile.math.blas.UPLO;

/**
 * Dual (kernel) form for p &gt; n: the Gram matrix K = X̃ X̃ᵀ {@code (n × n)} of all stimuli is
 * computed once (X̃ = X minus its overall column mean, which reduces cancellation and changes nothing
 * else) and reused by every split. For a split with training mean μ, centring is algebraic:
 * Kc_ij = K_ij − m_i − m_j + c with m_i = mean_{k∈train} K_ik and c = mean_{k∈train} m_k. The
 * centred training kernel is eigendecomposed (LAPACK dsyevd): Kc = U Λ Uᵀ.
 *
 * <p>The host's cached Gram matrix (CentredGram) is K itself (centred on the overall column mean),
 * so it replaces the computation exactly.
 */
final class KernelFeatures implements FeatureSpace {
  private final int n;
  private final double[] gram;
  private final String source;

  private KernelFeatures(int n, double[] gram, String source) {
    this.n = n;
    this.gram = gram;
    this.source = source;
  }

  /**
   * From a supplied centred Gram matrix {@code (n × n)}, row-major.
   *
   * @throws InvalidInputException when it holds a non-finite value
   */
  static KernelFeatures of(LabelledMatrix x, double[] centredGram) {
    for (int k = 0; k < centredGram.length; k++) {
      if (!Double.isFinite(centredGram[k])) {
        throw InvalidInputException.of(x.name() + " (cached Gram matrix)", "finite values",
            centredGram[k] + " at [" + k / x.rows() + ", " + k % x.rows() + "]",
            "Delete the cached .gram.npy file and check the features for non-finite values.");
      }
    }
    return new KernelFeatures(x.rows(), centredGram, "cached");
  }

  @Override
  public String gram() {
    return source;
  }

  static KernelFeatures of(LabelledMatrix x, long memoryBudget) {
    int n = x.rows();
    int p = x.columns();
    int[] rows = RowBlocks.all(n);
    double[] mu = new double[p];
    int block = (int) Math.max(1, Math.min(n, memoryBudget / 2 / (8L * p)));
    for (int from = 0; from < n; from += block) {
      int to = Math.min(n, from + block);
      double[] v = RowBlocks.read(x.data(), rows, from, to);
      for (int i = 0; i < to - from; i++) {
        for (int c = 0; c < p; c++) {
          mu[c] += v[i * p + c];
        }
      }
    }
    for (int c = 0; c < p; c++) {
      mu[c] /= n;
    }
    RowTransform centre = (b, count, cols, first) -> Matrices.subtractRow(b, count, cols, mu);
    return new KernelFeatures(n, Gram.of(x.data(), rows, centre, memoryBudget), "computed");
  }

  @Override
  public SplitSpectrum spectrum(Split split) {
    int[] tr = split.train();
    int[] te = split.test();
    int ntr = tr.length;
    int nte = te.length;
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int k : tr) {
        s += gram[i * n + k];
      }
      m[i] = s / ntr;
    }
    double c = 0;
    for (int k : tr) {
      c += m[k];
    }
    c /= ntr;
    double[] ktr = centred(tr, tr, m, c);
    double[] kte = centred(te, tr, m, c);
    double[] w = new double[ntr];
    int info = LAPACK.engine.syevd(Layout.ROW_MAJOR, EVDJob.VECTORS, UPLO.LOWER, ntr, ktr, ntr, w);
    if (info != 0) {
      throw new BrainAlignException("LAPACK dsyevd failed (info " + info + ") on the " + ntr
          + " × " + ntr + " centred training kernel");
    }
    double max = w[ntr - 1];
    double tol = Math.max(0, max) * ntr * 0x1.0p-52 * 4;
    int r = 0;
    for (double v : w) {
      if (v > tol) {
        r++;
      }
    }
    // Keep eigenvectors with λ > tol (dsyevd sorts ascending: the last r columns).
    double[] u = new double[ntr * r];
    double[] lambda = new double[r];
    double[] mult = new double[r];
    for (int j = 0; j < r; j++) {
      int col = ntr - r + j;
      lambda[j] = w[col];
      mult[j] = 1.0;
      for (int i = 0; i < ntr; i++) {
        u[i * r + j] = ktr[i * ntr + col];
      }
    }
    double[] t = new double[nte * r];
    if (r > 0) {
      BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.NO_TRANSPOSE, Transpose.NO_TRANSPOSE, nte, r, ntr,
          1.0, kte, ntr, u, r, 0.0, t, r);
    }
    return new SplitSpectrum(u, lambda, mult, t, ntr, nte, "dual");
  }

  private double[] centred(int[] rows, int[] cols, double[] m, double c) {
    double[] out = new double[rows.length * cols.length];
    for (int a = 0; a < rows.length; a++) {
      int i = rows[a];
      for (int b = 0; b < cols.length; b++) {
        int j = cols[b];
        out[a * cols.length + b] = gram[i * n + j] - m[i] - m[j] + c;
      }
    }
    return out;
  }
}
