package org.brainalign.plugins.crossdecomposition;

import java.lang.management.ManagementFactory;
import java.util.Random;

/**
 * Times the steps of one dual-route fold at given sizes (not a test): the pivoted Cholesky and the
 * eigendecomposition of K_tr (n_tr × n_tr), the test coordinates of n_tr/7 held-out rows, the
 * product M = A_xᵀ A_y with a primal Y (n_tr × q) and the SVD of M, each with wall and process
 * CPU seconds. Run by {@code bench/python/fold_steps.sh}.
 *
 * <p>Arguments: {@code NTRAIN[,NTRAIN...] Q_FRACTION[,Q_FRACTION...]} (q = fraction · n_tr).
 */
public final class FoldBenchmark {
  private FoldBenchmark() {}

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private static long[] now() {
    return new long[] {System.nanoTime(), OS.getProcessCpuTime()};
  }

  private static String since(long[] t0) {
    long[] t = now();
    return String.format("%.2f s wall, %.2f s CPU", (t[0] - t0[0]) / 1e9, (t[1] - t0[1]) / 1e9);
  }

  private static ColumnMajor gaussian(Random rng, int rows, int cols) {
    double[] a = new double[Math.multiplyExact(rows, cols)];
    for (int i = 0; i < a.length; i++) {
      a[i] = rng.nextGaussian();
    }
    return new ColumnMajor(rows, cols, a);
  }

  public static void main(String[] args) {
    Random rng = new Random(0);
    for (String ntrText : args[0].split(",")) {
      int ntr = Integer.parseInt(ntrText);
      int nte = ntr / 7;
      // A wide feature matrix's Gram matrix: Z (n_tr × 1.5 n_tr) Zᵀ, full rank.
      ColumnMajor z = gaussian(rng, ntr + nte, ntr + ntr / 2);
      ColumnMajor k = z.times(false, z, true);
      int[] train = java.util.stream.IntStream.range(0, ntr).toArray();
      int[] test = java.util.stream.IntStream.range(ntr, ntr + nte).toArray();
      ColumnMajor ktr = ColumnMajor.zeros(ntr, ntr);
      for (int b = 0; b < ntr; b++) {
        System.arraycopy(k.a(), b * (ntr + nte), ktr.a(), b * ntr, ntr);
      }
      ColumnMajor kte = ColumnMajor.zeros(nte, ntr);
      for (int b = 0; b < ntr; b++) {
        for (int a = 0; a < nte; a++) {
          kte.a()[a + b * nte] = k.get(test[a], train[b]);
        }
      }
      System.out.printf("n_train = %d, n_test = %d%n", ntr, nte);
      long[] t = now();
      PivotedCholesky c = PivotedCholesky.of(ktr, DualSide.EIGEN_TOLERANCE);
      ColumnMajor a = c.factor();
      System.out.printf("  pivoted Cholesky (dpstrf) + A: %s (rank %d)%n", since(t), c.rank());
      t = now();
      c.solveRows(kte);
      System.out.printf("  test coordinates (dtrsm):      %s%n", since(t));
      t = now();
      Decompositions.SymmetricEigen e = Decompositions.symmetricEigen(ktr);
      System.out.printf("  eigendecomposition (dsyevd):   %s (λ1 %.4g)%n", since(t), e.values()[0]);
      for (String f : args[1].split(",")) {
        int q = (int) Math.round(Double.parseDouble(f) * ntr);
        ColumnMajor y = gaussian(rng, ntr, q);
        t = now();
        ColumnMajor m = a.times(true, y, false);
        System.out.printf("  q = %d: M = A_xᵀ A_y (dgemm): %s%n", q, since(t));
        t = now();
        Decompositions.svd(m);
        System.out.printf("  q = %d: SVD of M (dgesdd):    %s%n", q, since(t));
      }
    }
  }
}
