package org.brainalign.plugins.crossdecomposition;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.brainalign.formats.npy.NpyMatrix;
import org.brainalign.support.stats.Correlation;

/**
 * Times the steps of one dual-route fold with the plugin's own code (run by
 * {@code bench/run fold-steps}; the Python reference is {@code bench/python/fold_reference.py}):
 * K_tr's factor from the full Gram matrix ({@link DualSide#factorFromGram}: re-centring, pivoted
 * Cholesky dpstrf, test coordinates dtrsm; optionally the dsyevd factor it replaced), a primal Y's
 * factor, the fold matrix {@code M = A_xᵀ A_y}, its SVD with the test projections — both as the
 * plugin does it now ({@link Decompositions#projectedSvd}) and as it did before (dgesdd of M, then
 * the projections) — and the permutation null of the fold. Each step prints wall and process CPU
 * seconds; the two SVD routes are checked against each other in process, and every region's
 * singular values and test correlations are written to {@code DIR/java-qQ.csv} for the harness to
 * check against the Python reference.
 *
 * <p>Arguments: {@code DIR N_TRAIN Q[,Q...] STEPS PERMUTATIONS}; {@code DIR/k.npy} is the
 * {@code n × n} Gram matrix, {@code DIR/y.npy} the {@code n × max Q} region; the first N_TRAIN rows
 * train, the rest test. STEPS is a comma list of {@code eigen} (also time the dsyevd factor),
 * {@code gesdd} (also time the previous SVD route), {@code single} (also time the
 * {@code fold-precision=single} route: spstrf factor, then sgemm and the float64 Gram-route SVD of M,
 * checked against double over the leading ranks the double fold's null finds reliable) or
 * {@code none}.
 */
public final class FoldBenchmark {
  private FoldBenchmark() {}

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private static long[] now() {
    return new long[] {System.nanoTime(), OS.getProcessCpuTime()};
  }

  private static void step(String what, long[] t0, String extra) {
    long[] t = now();
    System.out.printf(Locale.ROOT, "step %s: wall %.2f s, cpu %.2f s%s%n", what,
        (t[0] - t0[0]) / 1e9, (t[1] - t0[1]) / 1e9, extra);
  }

  private static double[] read(Path file) {
    NpyMatrix m = NpyMatrix.open(file);
    double[] a = new double[Math.multiplyExact(m.rows(), m.columns())];
    m.readRows(0, m.rows(), a);
    return a;
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int ntr = Integer.parseInt(args[1]);
    int[] qs = java.util.Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
    Set<String> steps = Set.of(args[3].split(","));
    int perms = Integer.parseInt(args[4]);
    RunContext context = RunContext.quiet(Runtime.getRuntime().availableProcessors());

    NpyMatrix kFile = NpyMatrix.open(dir.resolve("k.npy"));
    int n = kFile.rows();
    int nte = n - ntr;
    // K is symmetric: its row-major values are its column-major ones.
    ColumnMajor k = new ColumnMajor(n, n, read(dir.resolve("k.npy")));
    NpyMatrix yFile = NpyMatrix.open(dir.resolve("y.npy"));
    int qmax = yFile.columns();
    double[] yAll = read(dir.resolve("y.npy"));
    int[] train = IntStream.range(0, ntr).toArray();
    int[] test = IntStream.range(ntr, n).toArray();
    Split split = new Split(train, test);
    System.out.printf(Locale.ROOT, "fold n=%d n_train=%d n_test=%d threads=%d%n", n, ntr, nte,
        context.threads());

    long[] t = now();
    Factor fx = DualSide.factorFromGram(k, train, test, "K", DualSide.EIGEN_TOLERANCE,
        FoldFactor.CHOLESKY, FoldPrecision.DOUBLE, context);
    step("factor-cholesky", t, String.format(Locale.ROOT, " (rank %d)", fx.a().cols()));
    if (steps.contains("eigen")) {
      t = now();
      Factor fe = DualSide.factorFromGram(k, train, test, "K", DualSide.EIGEN_TOLERANCE,
          FoldFactor.EIGEN, FoldPrecision.DOUBLE, context);
      step("factor-eigen", t, String.format(Locale.ROOT, " (rank %d)", fe.a().cols()));
    }
    Factor fs = null;
    if (steps.contains("single")) {
      t = now();
      fs = DualSide.factorFromGram(k, train, test, "K", DualSide.EIGEN_TOLERANCE_SINGLE,
          FoldFactor.CHOLESKY, FoldPrecision.SINGLE, context);
      step("factor-cholesky-single", t, String.format(Locale.ROOT, " (rank %d)", fs.a().cols()));
    }
    k = null;

    for (int q : qs) {
      if (q > qmax) {
        throw new IllegalArgumentException("q = " + q + " > the " + qmax + " columns of y.npy");
      }
      double[] yq = new double[n * q];
      for (int i = 0; i < n; i++) {
        System.arraycopy(yAll, i * qmax, yq, i * q, q);
      }
      LabelledMatrix y = LabelledMatrix.unlabelled("Y", new DenseMatrix(n, q, yq));
      t = now();
      Factor fy = PrimalSide.of(y, false).factor(split, context);
      step("q=" + q + " factor-primal", t, "");
      t = now();
      ColumnMajor m = fx.a().times(true, fy.a(), false);
      step("q=" + q + " product", t, String.format(Locale.ROOT, " (M %d x %d)", m.rows(), m.cols()));
      t = now();
      Decompositions.ProjectedSvd now = Decompositions.projectedSvd(m, fx.t(), fy.t());
      step("q=" + q + " svd", t, String.format(Locale.ROOT, " (%s)", m.rows() > Decompositions
          .QR_ASPECT * m.cols() || m.cols() > Decompositions.QR_ASPECT * m.rows()
          ? "dgeqrf + dgesdd of R + dormqr" : "dgesdd"));
      FoldSpectrum fold = spectrum(now, fx, fy, ntr);
      if (steps.contains("gesdd")) {
        t = now();
        Decompositions.Svd svd = Decompositions.svd(m);
        ColumnMajor sx = fx.t().times(false, svd.u(), false);
        ColumnMajor sy = fy.t().times(false, svd.v(), false);
        step("q=" + q + " svd-gesdd", t, " (dgesdd of M, then the projections)");
        FoldSpectrum before = spectrum(new Decompositions.ProjectedSvd(svd.s(), sx, sy), fx, fy,
            ntr);
        compare(q, fold, before);
      }
      m = null;
      t = now();
      double[][] draws = Resampling.permutationNull(List.of(fold), fold.rank(), perms, 0, context);
      step("q=" + q + " null", t, String.format(Locale.ROOT, " (%d draws x %d ranks x %d rows)",
          draws.length, fold.rank(), nte));
      if (fs != null) {
        t = now();
        FoldSpectrum single = FoldSpectrum.compute(fs, fy, ntr, FoldPrecision.SINGLE);
        step("q=" + q + " product-svd-single", t, " (sgemm, then dsyrk + dsyevd of the short side's Gram)");
        compareReliable(q, fold, single, draws);
      }
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(
          dir.resolve("java-q" + q + ".csv")))) {
        w.println("rank,singular_value,correlation");
        for (int r = 0; r < fold.rank(); r++) {
          w.printf(Locale.ROOT, "%d,%.17g,%.17g%n", r + 1, fold.singular()[r] * (ntr - 1),
              fold.correlation()[r]);
        }
      }
    }
  }

  /** The fold's spectrum from an SVD and its projections, as {@link FoldSpectrum#compute}. */
  private static FoldSpectrum spectrum(Decompositions.ProjectedSvd svd, Factor fx, Factor fy,
      int ntr) {
    double[] s = svd.s();
    int rank = 0;
    int limit = Math.min(s.length, ntr - 1);
    while (rank < limit && s[rank] > FoldSpectrum.SINGULAR_TOLERANCE * s[0]) {
      rank++;
    }
    ColumnMajor sx = svd.left().leadingColumns(rank);
    ColumnMajor sy = svd.right().leadingColumns(rank);
    int nte = sx.rows();
    double[] singular = new double[rank];
    double[] corr = new double[rank];
    double[] cov = new double[rank];
    for (int r = 0; r < rank; r++) {
      singular[r] = s[r] / (ntr - 1);
      corr[r] = Correlation.pearson(sx.a(), sy.a(), r * nte, nte);
      cov[r] = Correlation.covariance(sx.a(), sy.a(), r * nte, nte);
    }
    return new FoldSpectrum(singular, corr, cov, sx, sy, ntr, fx.dropped(), fy.dropped());
  }

  /**
   * Largest |Δr| of the single route over the leading ranks where the double fold beats its 0.99
   * null, then over every such rank, with the worst rank.
   */
  private static void compareReliable(int q, FoldSpectrum exact, FoldSpectrum single,
      double[][] draws) {
    int r = Math.min(exact.rank(), single.rank());
    RankAgreement agreement = new RankAgreement();
    // Without draws no rank is reliable: compared 0, which the harness reports as a failure.
    for (int i = 0; i < exact.rank() && draws.length > 0; i++) {
      double[] column = new double[draws.length];
      for (int b = 0; b < draws.length; b++) {
        column[b] = draws[b][i];
      }
      agreement.add(i,
          exact.correlation()[i] > org.brainalign.support.stats.Quantiles.linear(column, 0.99),
          i < r ? Math.abs(exact.correlation()[i] - single.correlation()[i])
              : Double.POSITIVE_INFINITY);
    }
    agreement.print("q=" + q + " single vs double", exact.rank(), single.rank());
  }

  private static void compare(int q, FoldSpectrum a, FoldSpectrum b) {
    int r = Math.min(a.rank(), b.rank());
    double ds = 0;
    double dr = 0;
    for (int i = 0; i < r; i++) {
      ds = Math.max(ds, Math.abs(a.singular()[i] - b.singular()[i]));
      dr = Math.max(dr, Math.abs(a.correlation()[i] - b.correlation()[i]));
    }
    System.out.printf(Locale.ROOT, "check q=%d svd vs svd-gesdd: ranks %d and %d, max |ds|/s1 = "
        + "%.3g, max |dr| = %.3g%n", q, a.rank(), b.rank(), ds / a.singular()[0], dr);
  }
}
