package org.brainalign.plugins.torchcompute;

import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.brainalign.api.compute.SymmetricEigen;
import org.brainalign.api.compute.SymmetricEigenSolver;
import org.brainalign.api.extension.Options;
import org.brainalign.api.run.RunContext;
import smile.math.blas.BLAS;
import smile.math.blas.EVDJob;
import smile.math.blas.LAPACK;
import smile.math.blas.Layout;
import smile.math.blas.Transpose;
import smile.math.blas.UPLO;

/**
 * Times the symmetric eigendecomposition of an n × n centred Gram matrix (what the dual route does
 * once per fold) by torch eigh against LAPACK dsyevd (Smile's OpenBLAS, the default), best of REPS
 * each, and prints the largest eigenvalue difference relative to the largest eigenvalue. Run by
 * hand, not a unit test: {@code bench/run torch-eigen}. Arguments: n values
 * (comma-separated), REPS, the torch device option ({@code auto}, {@code cpu}, {@code gpu}).
 * The matrix is {@code Xc Xcᵀ} of a seeded standard-normal X {@code (n × (n + 100))}, centred
 * (rank n − 1), built outside the timings.
 */
public final class TorchEigenBenchmark {
  private TorchEigenBenchmark() {}

  public static void main(String[] args) {
    String[] sizes = (args.length > 0 ? args[0] : "2000,4000").split(",");
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    String device = args.length > 2 ? args[2] : "auto";
    int threads = Runtime.getRuntime().availableProcessors();
    RunContext context = RunContext.quiet(threads);
    TorchEigenSolverProvider provider = new TorchEigenSolverProvider();
    SymmetricEigenSolver torch = provider.create(Options.parse(provider.id(), provider.options(),
        Map.of("device", device)));
    System.out.printf(Locale.ROOT, "%d cores; %s%n", threads, torch.describe());
    for (String s : sizes) {
      int n = Integer.parseInt(s.trim());
      double[] a = gram(n, n + 100, 0);
      double lapackBest = Double.MAX_VALUE;
      double torchBest = Double.MAX_VALUE;
      SymmetricEigen l = null;
      SymmetricEigen t = null;
      for (int r = 0; r < reps; r++) {
        long t0 = System.nanoTime();
        l = lapack(n, a);
        long t1 = System.nanoTime();
        t = torch.decompose(n, a, "bench", context);
        long t2 = System.nanoTime();
        lapackBest = Math.min(lapackBest, (t1 - t0) / 1e9);
        torchBest = Math.min(torchBest, (t2 - t1) / 1e9);
        System.out.printf(Locale.ROOT, "n=%d run %d: lapack %.2f s, torch %.2f s%n", n, r + 1,
            (t1 - t0) / 1e9, (t2 - t1) / 1e9);
      }
      double worst = 0;
      for (int j = 0; j < n; j++) {
        worst = Math.max(worst, Math.abs(t.values()[j] - l.values()[j]) / l.values()[0]);
      }
      System.out.printf(Locale.ROOT, "n=%d best of %d: lapack dsyevd %.2f s, torch eigh %.2f s "
          + "(%.2fx); max |Δλ|/λ1 = %.1e%n", n, reps, lapackBest, torchBest,
          torchBest / lapackBest, worst);
    }
  }

  /** LAPACK dsyevd (Smile's OpenBLAS), eigenvalues descending, as the default solver orders them. */
  private static SymmetricEigen lapack(int n, double[] a) {
    double[] m = a.clone();
    double[] w = new double[n];
    int info = LAPACK.engine.syevd(Layout.COL_MAJOR, EVDJob.VECTORS, UPLO.LOWER, n, m, n, w);
    if (info != 0) {
      throw new IllegalStateException("dsyevd failed: info " + info);
    }
    double[] values = new double[n];
    double[] vectors = new double[n * n];
    for (int j = 0; j < n; j++) {
      values[j] = w[n - 1 - j];
      System.arraycopy(m, (n - 1 - j) * n, vectors, j * n, n);
    }
    return new SymmetricEigen(values, vectors);
  }

  /** Xc Xcᵀ, column-major, X (n × width) seeded standard normal centred on its column means. */
  private static double[] gram(int n, int width, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n * width];
    for (int i = 0; i < x.length; i++) {
      double u = 1 - rng.nextDouble();
      x[i] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
    for (int c = 0; c < width; c++) {
      double m = 0;
      for (int r = 0; r < n; r++) {
        m += x[r * width + c];
      }
      for (int r = 0; r < n; r++) {
        x[r * width + c] -= m / n;
      }
    }
    // K = X Xᵀ by dgemm (column-major: X is (width × n) column-major as stored row-major).
    double[] k = new double[n * n];
    BLAS.engine.gemm(Layout.COL_MAJOR,
        Transpose.TRANSPOSE, Transpose.NO_TRANSPOSE, n, n, width,
        1.0, x, width, x, width, 0.0, k, n);
    return k;
  }
}
