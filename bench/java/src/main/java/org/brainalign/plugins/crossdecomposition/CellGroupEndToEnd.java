package org.brainalign.plugins.crossdecomposition;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.study.gram.CachedGramMatrix;
import org.brainalign.formats.npy.NpyMatrix;

/**
 * One cell group end to end from a feature store (not a test): the Gram stage of a float16 or
 * float32 {@code .npy} feature matrix X, computed by the study's own cache ({@link CachedGramMatrix},
 * single precision, written beside the data as a study writes it beside the features), then X
 * against two regions (all of Y's columns, and its last Q2), k folds, permutations, X's fold
 * factors shared between the regions, in one JVM. Prints the Gram stage's and each region's wall and
 * process CPU seconds, the total, and each region's shared dimensionality. Run by
 * {@code bench/run cell-group-e2e} on the data of {@code bench/python/make_fullsize.py}.
 *
 * <p>Arguments: {@code X.npy Y.npy Q2 FOLDS PERMUTATIONS [OPTIONS]}, OPTIONS further
 * cross-decomposition options as {@code key=value,key=value} (e.g. {@code fold-precision=single}).
 */
public final class CellGroupEndToEnd {
  private CellGroupEndToEnd() {}

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** Columns {@code [from, from + cols)} of Y as a dense matrix. */
  private static LabelledMatrix columns(NpyMatrix y, int from, int cols, String name) {
    int n = y.rows();
    double[] block = new double[n * cols];
    y.readBlock(0, n, from, from + cols, block);
    return LabelledMatrix.unlabelled(name, new DenseMatrix(n, cols, block));
  }

  public static void main(String[] args) throws Exception {
    Path xFile = Path.of(args[0]);
    NpyMatrix x = NpyMatrix.open(xFile);
    NpyMatrix yAll = NpyMatrix.open(Path.of(args[1]));
    int q2 = Integer.parseInt(args[2]);
    Map<String, String> o = new LinkedHashMap<>();
    o.put("folds", args[3]);
    o.put("permutations", args[4]);
    o.put("gram-precision", "single");
    if (args.length > 5 && !args[5].isBlank()) {
      for (String kv : args[5].split(",")) {
        String[] p = kv.split("=", 2);
        o.put(p[0], p[1]);
      }
    }
    int n = x.rows();
    Path cache = xFile.resolveSibling("bench-gram-single.npy");
    deleteCache(cache);
    RunContext context = new CellGroupBenchmark.Context(new CellGroupBenchmark.Keep());
    long start = System.nanoTime();
    long c0 = OS.getProcessCpuTime();
    CachedGramMatrix gram = new CachedGramMatrix(x, cache, "X", GramPrecision.SINGLE);
    gram.centredGram(context);
    double gramWall = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "X: n=%d, p=%d, %s; Gram matrix in single precision%n", n,
        x.columns(), x.header().dtype());
    System.out.printf(Locale.ROOT, "step gram stage: wall %.1f s, cpu %.1f s%n", gramWall,
        (OS.getProcessCpuTime() - c0) / 1e9);
    LabelledMatrix features = LabelledMatrix.unlabelled("X", gram);
    List<LabelledMatrix> rois = List.of(columns(yAll, 0, yAll.columns(), "roi-" + yAll.columns()),
        columns(yAll, yAll.columns() - q2, q2, "roi-" + q2));
    CrossDecompositionProvider p = new CrossDecompositionProvider();
    double groupWall = 0;
    double groupCpu = 0;
    for (LabelledMatrix y : rois) {
      CellGroupBenchmark.Timed t = CellGroupBenchmark.timedCompare(p, o, features, y, context);
      groupWall += t.wall();
      groupCpu += t.cpu();
      System.out.printf(Locale.ROOT, "step %s (q=%d): wall %.1f s, cpu %.1f s%n", y.name(),
          y.columns(), t.wall(), t.cpu());
      System.out.printf(Locale.ROOT, "%s: shared dimensionality %s; timings %s%n", y.name(),
          t.result().score(), t.result().summary().get("timings"));
    }
    double total = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "options %s%n", o);
    System.out.printf(Locale.ROOT, "step cell group: wall %.1f s, cpu %.1f s%n",
        groupWall, groupCpu);
    System.out.printf(Locale.ROOT, "step end to end: wall %.1f s, cpu %.1f s%n",
        total, (OS.getProcessCpuTime() - c0) / 1e9);
    deleteCache(cache);
  }

  /**
   * The cache file and what the cache writes beside it (its digest, lock): every file whose name
   * starts with the cache's stem, since the cache names its file by precision
   * ({@code bench-gram-single-f32.npy}); a stale Gram matrix left there would be read instead of
   * computed, and the Gram stage would not be timed.
   */
  private static void deleteCache(Path cache) throws java.io.IOException {
    String name = cache.getFileName().toString();
    String stem = name.endsWith(".npy") ? name.substring(0, name.length() - 4) : name;
    try (var files = Files.list(cache.getParent())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (f.getFileName().toString().startsWith(stem)) {
          Files.delete(f);
        }
      }
    }
  }
}
