package org.brainalign.plugins.crossdecomposition;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.ForwardingRunContext;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.run.SharedWork;
import org.brainalign.api.metric.Spectrum;

/**
 * One cell group after its Gram stage (not a test): one wide feature matrix X {@code (n × 1.5n)}
 * scored against two regions Y {@code (n × q₁)}, {@code (n × q₂)} with k-fold cross-validation and
 * a permutation null, in one process — as before this change (dsyevd per fold, nothing shared),
 * now (pivoted Cholesky, X's fold factors shared) and single (as now with
 * {@code fold-precision=single}). X and both Ys share 64 planted latent dimensions. Prints each
 * region's wall and process CPU seconds and the metric's own timings and, when two modes ran, the
 * largest difference between their spectra: before vs now over every rank, single vs now over the
 * ranks now finds reliable (the harness fails on a disagreement). Run by
 * {@code bench/run cell-group}.
 *
 * <p>Arguments: {@code N Q1 Q2 FOLDS PERMUTATIONS [MODES]}, MODES a comma list of
 * {@code before}, {@code now} and {@code single} (default before,now).
 */
public final class CellGroupBenchmark {
  private CellGroupBenchmark() {}

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** Keeps every value (the benchmark's X factors fit in memory). */
  static final class Keep implements SharedWork {
    final Map<Object, Object> held = new ConcurrentHashMap<>();

    @Override
    public <T> T share(Object key, Class<T> type, long bytes, Supplier<T> compute) {
      return type.cast(held.computeIfAbsent(key, k -> compute.get()));
    }
  }

  /** Two threads, half the heap, no progress, the given shared work. */
  static final class Context extends ForwardingRunContext {
    private final SharedWork work;

    Context(SharedWork work) {
      super(RunContext.quiet(2));
      this.work = work;
    }

    @Override
    public SharedWork sharedWork() {
      return work;
    }
  }

  private static LabelledMatrix planted(String name, double[][] latent, int cols, Random rng) {
    int n = latent.length;
    int d = latent[0].length;
    double[][] w = new double[d][cols];
    for (double[] row : w) {
      for (int j = 0; j < cols; j++) {
        row[j] = rng.nextGaussian();
      }
    }
    double[][] a = new double[n][cols];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < cols; j++) {
        double s = 3 * rng.nextGaussian();
        for (int c = 0; c < d; c++) {
          s += latent[i][c] * w[c][j];
        }
        a[i][j] = s;
      }
    }
    return LabelledMatrix.unlabelled(name, DenseMatrix.of(a));
  }

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    int q1 = Integer.parseInt(args[1]);
    int q2 = Integer.parseInt(args[2]);
    String folds = args[3];
    String perms = args[4];
    String modes = args.length > 5 ? args[5] : "before,now";
    Random rng = new Random(0);
    double[][] latent = new double[n][64];
    for (double[] row : latent) {
      for (int c = 0; c < 64; c++) {
        row[c] = rng.nextGaussian();
      }
    }
    LabelledMatrix x = planted("X", latent, n + n / 2, rng);
    LabelledMatrix[] rois = {planted("roi-" + q1, latent, q1, rng),
        planted("roi-" + q2, latent, q2, rng)};
    CrossDecompositionProvider p = new CrossDecompositionProvider();
    Map<String, Spectrum> spectra = new java.util.HashMap<>();
    for (String mode : modes.split(",")) {
      if (!java.util.List.of("before", "now", "single").contains(mode)) {
        throw new IllegalArgumentException("mode '" + mode + "': expected before, now or single");
      }
      boolean now = !mode.equals("before");
      Map<String, String> o = Map.of("folds", folds, "permutations", perms, "route", "dual",
          "fold-factor", now ? "cholesky" : "eigen", "fold-precision",
          mode.equals("single") ? "single" : "double");
      RunContext context = new Context(now ? new Keep() : SharedWork.none());
      double wall = 0;
      double cpu = 0;
      for (LabelledMatrix y : rois) {
        long t0 = System.nanoTime();
        long c0 = OS.getProcessCpuTime();
        AlignmentResult r = p.create(Options.parse(p.id(), p.options(), o))
            .compare(new AlignmentInput(x, y, java.util.List.of()), context);
        double w = (System.nanoTime() - t0) / 1e9;
        double c = (OS.getProcessCpuTime() - c0) / 1e9;
        wall += w;
        cpu += c;
        System.out.printf("%s n=%d %s (q=%d): %.1f s wall, %.1f s CPU; shared dimensionality %s;"
            + " timings %s%n", mode, n, y.name(), y.columns(), w, c, r.score(),
            r.summary().get("timings"));
        spectra.put(mode + " " + y.name(), r.spectrum().orElseThrow());
        compare(y.name(), "before", "now", spectra, false);
        compare(y.name(), "single", "now", spectra, true);
      }
      System.out.printf("%s n=%d both regions: %.1f s wall, %.1f s CPU%n", mode, n, wall, cpu);
    }
  }

  /**
   * Prints the largest |Δr| between two modes' spectra of one region once both have run: over every
   * common rank, or (reliableOnly) over the leading ranks that {@code b} finds reliable (its shared
   * dimensionality), then over every rank it finds reliable, with the worst rank.
   */
  private static void compare(String roi, String a, String b, Map<String, Spectrum> spectra,
      boolean reliableOnly) {
    Spectrum ta = spectra.get(a + " " + roi);
    Spectrum tb = spectra.get(b + " " + roi);
    if (ta == null || tb == null || spectra.containsKey("checked " + a + " " + roi)) {
      return;
    }
    spectra.put("checked " + a + " " + roi, ta);
    double[] ra = ta.correlation();
    double[] rb = tb.correlation();
    int k = Math.min(ra.length, rb.length);
    ReliableRanks ranks = new ReliableRanks();
    for (int i = 0; i < k; i++) {
      ranks.add(i + 1, !reliableOnly || Boolean.TRUE.equals(tb.reliableAt(i)),
          Math.abs(ra[i] - rb[i]));
    }
    System.out.printf(java.util.Locale.ROOT, "check %s %s vs %s: ranks %d and %d, %s%n", roi, a, b,
        ra.length, rb.length, ranks);
  }
}
