package org.brainalign.plugins.crossdecomposition;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.run.SharedWork;

/**
 * One cell group after its Gram stage (not a test): one wide feature matrix X {@code (n × 1.5n)}
 * scored against two regions Y {@code (n × q₁)}, {@code (n × q₂)} with k-fold cross-validation and
 * a permutation null, in one process — as before this change (dsyevd per fold, nothing shared) and
 * now (pivoted Cholesky, X's fold factors shared). X and both Ys share 64 planted latent
 * dimensions. Prints each region's wall and process CPU seconds and the metric's own timings and,
 * when both modes ran, the largest difference between their spectra (the harness fails on a
 * disagreement). Run by {@code bench/run cell-group}.
 *
 * <p>Arguments: {@code N Q1 Q2 FOLDS PERMUTATIONS [MODES]}, MODES a comma list of
 * {@code before} and {@code now} (default both).
 */
public final class CellGroupBenchmark {
  private CellGroupBenchmark() {}

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** Keeps every value (the benchmark's X factors fit in memory). */
  private static final class Keep implements SharedWork {
    final Map<Object, Object> held = new ConcurrentHashMap<>();

    @Override
    public <T> T share(Object key, Class<T> type, long bytes, Supplier<T> compute) {
      return type.cast(held.computeIfAbsent(key, k -> compute.get()));
    }
  }

  private record Context(SharedWork work) implements RunContext {
    @Override
    public int threads() {
      return 2;
    }

    @Override
    public long memoryBudget() {
      return Runtime.getRuntime().maxMemory() / 2;
    }

    @Override
    public Path scratchDir() {
      return Path.of(System.getProperty("java.io.tmpdir"));
    }

    @Override
    public Progress progress(String task, long total) {
      return Progress.none();
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
    Map<String, double[]> spectra = new java.util.HashMap<>();
    for (String mode : modes.split(",")) {
      boolean now = mode.equals("now");
      Map<String, String> o = Map.of("folds", folds, "permutations", perms, "route", "dual",
          "fold-factor", now ? "cholesky" : "eigen");
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
        spectra.merge(y.name(), r.spectrum().orElseThrow().correlation(),
            (a, b) -> {
              int k = Math.min(a.length, b.length);
              double worst = 0;
              for (int i = 0; i < k; i++) {
                worst = Math.max(worst, Math.abs(a[i] - b[i]));
              }
              System.out.printf(java.util.Locale.ROOT, "check %s before vs now: ranks %d and %d, "
                  + "max |dr| = %.3g%n", y.name(), a.length, b.length, worst);
              return a;
            });
      }
      System.out.printf("%s n=%d both regions: %.1f s wall, %.1f s CPU%n", mode, n, wall, cpu);
    }
  }
}
