package org.brainalign.cli;

import java.awt.Color;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.ExtensionSpec;
import org.brainalign.api.extension.kind.ExtensionKind;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.metric.Spectrum;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.brainalign.engine.Versions;
import org.brainalign.support.digest.Sha256;
import org.brainalign.engine.io.IndexFile;
import org.brainalign.formats.MatrixFiles;
import org.brainalign.engine.io.ResultWriter;
import org.brainalign.study.nonfinite.NonFiniteColumns;
import org.brainalign.study.nonfinite.NonFinitePolicy;
import org.brainalign.engine.plugins.ExtensionRegistry;
import org.brainalign.engine.plugins.PluginHost;
import org.brainalign.plot.ChartFiles;
import org.brainalign.plot.SpectrumPlot;
import org.brainalign.study.EigenBackend;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brainalign compare}: one metric between two matrices of the same stimuli. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare two representations whose rows are the same stimuli in the same order.",
        "Writes DIR/summary.json (last, so its presence marks a complete result), each result "
            + "table as CSV (cross-decomposition: spectrum.csv, folds.csv), arrays as .npy and, "
            + "for spectra, spectrum.png and spectrum.svg."})
final class CompareCommand extends HostCommand {

  @Option(names = "--metric", paramLabel = "ID[:key=value,...]",
      defaultValue = "cross-decomposition",
      description = "Metric and options (default: ${DEFAULT-VALUE}), e.g. "
          + "cross-decomposition:folds=8,seed=0,permutations=1000.")
  String metric;

  @Option(names = "--x", required = true, paramLabel = "MATRIX",
      description = "Model features: FILE.npy, FILE.csv or FILE.h5:/dataset (rows = stimuli); "
          + "FILE.csv?header=true|false states whether the first line names the columns.")
  String x;

  @Option(names = "--y", required = true, paramLabel = "MATRIX",
      description = "Brain responses, same stimuli in the same row order.")
  String y;

  @Option(names = "--train-index", paramLabel = "FILE",
      description = "0-based training rows, one per line (with --test-index: one split instead "
          + "of k-fold).")
  Path trainIndex;

  @Option(names = "--test-index", paramLabel = "FILE", description = "0-based test rows.")
  Path testIndex;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(names = "--force", description = "Overwrite results already in the output folder.")
  boolean force;

  @Option(names = "--non-finite", defaultValue = "error", paramLabel = "error|drop",
      description = "NaN or ±Inf in --x or --y: error (default) names the first one's row and "
          + "column; drop removes every column holding one, says how many, and records the counts "
          + "in summary.json.")
  String nonFinite;

  @Option(names = "--eigen-backend", defaultValue = EigenBackend.LAPACK,
      paramLabel = "lapack|ID[:key=value,...]",
      description = "Where the metric's symmetric eigendecompositions run (cross-decomposition's "
          + "dual route: one per fold): lapack (default, the metric's own) or a plugin's, e.g. "
          + "torch or torch:device=gpu (torch-compute: torch.linalg.eigh in float64 on libtorch).")
  String eigenBackend;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    PrintWriter stdout = spec.commandLine().getOut();
    Path summaryFile = out.resolve(ResultWriter.SUMMARY);
    OutputFolder.requireFresh(out, summaryFile, "results", force);
    List<Path> previous = PreviousOutputs.of(out, summaryFile, "files", ".csv", ".npy",
        "spectrum.png", "spectrum.svg");
    if ((trainIndex == null) != (testIndex == null)) {
      throw new InvalidInputException("--train-index and --test-index go together: give both for "
          + "one explicit split, or neither for k-fold cross-validation");
    }
    NonFinitePolicy policy = NonFinitePolicy.parse(nonFinite, "--non-finite");
    try (PluginHost plugins = host.loadPlugins()) {
      ExtensionRegistry.Resolved<AlignmentMetric> m =
          plugins.registry().create(ExtensionKind.METRIC, metric);
      EigenBackend eigen = EigenBackend.resolve(ExtensionSpec.parse(eigenBackend),
          plugins.registry(), "--eigen-backend");
      MatrixFiles.Opened ox = MatrixFiles.open(x);
      MatrixFiles.Opened oy = MatrixFiles.open(y);
      requireColumns("--x", x, ox);
      requireColumns("--y", y, oy);
      // The inputs' digests for summary.json, taken beside the metric (which reads the same pages).
      CompletableFuture<Map<String, Object>> describedX = async(() -> describe(ox));
      CompletableFuture<Map<String, Object>> describedY = async(() -> describe(oy));
      if (policy == NonFinitePolicy.ERROR) {
        requireFiniteCsv("--x", ox);
        requireFiniteCsv("--y", oy);
      }
      Map<String, Object> nonFiniteSummary = new LinkedHashMap<>();
      nonFiniteSummary.put("policy", policy.id());
      LabelledMatrix xm = dropNonFinite(policy, ox, "x", nonFiniteSummary, stdout);
      LabelledMatrix ym = dropNonFinite(policy, oy, "y", nonFiniteSummary, stdout);
      List<Split> splits = List.of();
      if (trainIndex != null) {
        Split s = new Split(IndexFile.read(trainIndex), IndexFile.read(testIndex));
        s.validate(xm.rows(), trainIndex + " / " + testIndex);
        splits = List.of(s);
      }
      AlignmentInput input = new AlignmentInput(xm, ym, splits);
      long loaded = System.nanoTime();
      RunContext context = host.context(spec.commandLine().getErr()).withEigenSolver(eigen.solver().orElse(null));
      if (!eigen.isDefault()) {
        PrintWriter stderr = spec.commandLine().getErr();
        stderr.println("Eigendecompositions: " + eigen.describe());
        stderr.flush();
      }
      AlignmentResult result;
      try {
        result = m.extension().compare(input, context);
      } catch (RuntimeException e) {
        throw policy == NonFinitePolicy.ERROR ? NonFinitePolicy.withHint(e, "--non-finite=drop") : e;
      }
      long compared = System.nanoTime();
      deleteStale(summaryFile);
      PreviousOutputs.delete(previous); // --force: nothing of the earlier result stays
      // The plot's two files are drawn side by side with the tables: the cores are free by now.
      CompletableFuture<Void> plotted = result.spectrum()
          .map(s -> plot(s, m.entry().provider().id()))
          .orElse(CompletableFuture.completedFuture(null));
      ResultWriter.writeDetails(out, result);
      List<String> files = new ArrayList<>();
      result.tables().forEach(t -> files.add(t.name() + ".csv"));
      result.arrays().keySet().forEach(a -> files.add(a + ".npy"));
      if (result.spectrum().isPresent()) {
        files.addAll(List.of("spectrum.png", "spectrum.svg"));
      }
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("metric", result.metric());
      summary.put("score", result.score());
      summary.put("score_name", result.scoreName());
      summary.put("higher_is_better", result.higherIsBetter());
      summary.put("options", m.options().asMap());
      summary.put("spec", m.options().toString());
      summary.put("plugin", Ordered.map("id", m.entry().pluginId(), "version",
          m.entry().pluginVersion()));
      Map<String, Object> inputs = new LinkedHashMap<>();
      inputs.put("x", join(describedX));
      inputs.put("y", join(describedY));
      if (trainIndex != null) {
        inputs.put("train_index", Ordered.map("path", trainIndex.toString(), "sha256",
            Sha256.of(trainIndex)));
        inputs.put("test_index", Ordered.map("path", testIndex.toString(), "sha256",
            Sha256.of(testIndex)));
      }
      summary.put("inputs", inputs);
      summary.put("non_finite", nonFiniteSummary);
      summary.put("result", result.summary());
      summary.put("versions", Versions.all());
      summary.put("threads", context.threads());
      summary.put("eigen_backend", eigen.spec());
      summary.put("files", files);
      long end = System.nanoTime();
      summary.put("timings", Ordered.map("load_seconds", (loaded - start) / 1e9,
          "compare_seconds", (compared - loaded) / 1e9,
          "total_seconds", (end - start) / 1e9));
      join(plotted);
      ResultWriter.writeSummary(out, summary);
      stdout.printf("%s: %s = %s (%s)%n", result.metric(), result.scoreName(),
          formatScore(result.score()), out.resolve(ResultWriter.SUMMARY));
      stdout.flush();
    }
    return ExitCodes.OK;
  }

  /** Under {@code drop}: scans the matrix once, says what went and records it; else as is. */
  private static LabelledMatrix dropNonFinite(NonFinitePolicy policy, MatrixFiles.Opened o,
      String side, Map<String, Object> record, PrintWriter stdout) {
    if (policy != NonFinitePolicy.DROP) {
      return o.matrix();
    }
    NonFiniteColumns scan = NonFiniteColumns.scan("--" + side + " " + o.spec(), o.matrix().data());
    LabelledMatrix kept = scan.apply(o.matrix());
    stdout.println("non-finite: " + scan.describe());
    stdout.flush();
    record.put(side, scan.toMap());
    return kept;
  }

  /**
   * A CSV matrix's first NaN or ±Inf, named by its line and column in the file (a metric would name
   * the row of the matrix, which is not the line once a header or blank line precedes it).
   */
  private static void requireFiniteCsv(String option, MatrixFiles.Opened o) {
    String at = o.firstNonFiniteInFile();
    if (at != null) {
      throw InvalidInputException.of(option + " " + o.spec(), "finite values", at
          + " (1-based, as an editor shows the file)",
          "Fix the value, or drop every column holding NaN or ±Inf with --non-finite=drop.");
    }
  }

  private static String formatScore(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v)
        : String.format("%.6g", v);
  }

  private static void deleteStale(Path summary) {
    try {
      Files.deleteIfExists(summary);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + summary, e);
    }
  }

  /** A matrix without columns (e.g. a (60, 0) .npy) is named as such, not left to a metric. */
  private static void requireColumns(String option, String spec, MatrixFiles.Opened o) {
    if (o.matrix().columns() == 0 || o.matrix().rows() == 0) {
      throw InvalidInputException.of(option + " " + spec, "a (stimuli × features) matrix with at "
          + "least one row and one column", "a (" + o.matrix().rows() + " × "
          + o.matrix().columns() + ") matrix: " + (o.matrix().columns() == 0 ? "no features"
          : "no stimuli"), "Check the array that was saved (its shape) and save it again.");
    }
  }

  private static Map<String, Object> describe(MatrixFiles.Opened o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("spec", o.spec());
    m.put("path", o.file().toAbsolutePath().toString());
    m.put("rows", o.matrix().rows());
    m.put("columns", o.matrix().columns());
    try {
      m.put("bytes", Files.size(o.file()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stat " + o.file(), e);
    }
    m.put("sha256", Sha256.of(o.file()));
    return m;
  }

  /** Writes spectrum.png and spectrum.svg, each from its own chart on its own thread. */
  private CompletableFuture<Void> plot(Spectrum t, String metricId) {
    double[] rank = t.rankAxis();
    double[] nullQ = t.nullQuantile();
    java.util.function.Supplier<JFreeChart> chart = () -> SpectrumPlot.chart(metricId
        + " spectrum", List.of(new SpectrumPlot.Series("mean ± SD over folds", rank,
        t.correlation(), t.correlationSd(), new Color(0x1f77b4))),
        nullQ == null ? null : rank, nullQ);
    return CompletableFuture.allOf(
        async(() -> {
          ChartFiles.writePng(chart.get(), out.resolve("spectrum.png"), 640, 440);
          return null;
        }),
        async(() -> {
          ChartFiles.writeSvg(chart.get(), out.resolve("spectrum.svg"), 640, 440);
          return null;
        }));
  }

  /** Work beside the main thread, on a daemon thread of its own. */
  private static <T> CompletableFuture<T> async(java.util.function.Supplier<T> work) {
    CompletableFuture<T> f = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        f.complete(work.get());
      } catch (Throwable e) {
        f.completeExceptionally(e);
      }
    }, "compare-io");
    t.setDaemon(true);
    t.start();
    return f;
  }

  /** The value of side work, its exception rethrown as it was. */
  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
