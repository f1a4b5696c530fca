package org.brainalign.study;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.reducer.ReducerInput;
import org.brainalign.api.run.RunContext;
import org.brainalign.study.gram.CachedGramMatrix;

/** Prints a study's plan, with disk and memory estimates, without extracting or computing anything. */
public final class StudyDryRun {
  private StudyDryRun() {}

  public static void print(StudyPlan plan, PrintWriter out, RunContext context) {
    StudyChecks.folds(plan, context);
    plan.references.check(plan.file, context);
    List<GridCell> cells = plan.cells();
    out.println("study: " + plan.file.name());
    out.println("model: " + plan.model.options());
    out.println("dataset: " + plan.dataset.options());
    out.println("subjects: " + plan.subjects + "   ROIs: " + plan.rois);
    out.println("reducers: " + plan.reducers.stream().map(ReducerVariant::spec).toList());
    out.println("metrics: " + plan.metrics.stream().map(MetricVariant::spec).toList());
    out.println("cells: " + cells.size());
    if (!plan.references.isEmpty()) {
      out.println("references: " + plan.references.kinds.stream().map(ReferenceKind::id).toList()
          + ", " + plan.references.groups.stream().mapToInt(g -> g.rois().size()).sum()
          + " spectra in " + plan.references.groups.size() + " cells tasks, by "
          + plan.references.metric.spec() + " on " + plan.references.dataset.options());
    }
    String gramFile = CachedGramMatrix.cacheFileFor(Path.of("<layer>.<digest>.gram.npy"),
        plan.gramBackendId(), plan.gramPrecision()).toString();
    out.println("Gram matrices: " + plan.gramPrecision().id() + " precision, cached as " + gramFile
        + (plan.gramPrecision().id().equals("single")
        ? " (float32 panel products summed in float64, ~1e-5 relative)" : " (float64)")
        + "; computed by " + plan.gramBackend().describe());
    out.println("Eigendecompositions: " + plan.eigenBackend().describe());
    long totalDisk = 0;
    for (String subject : plan.subjects) {
      ImageSource images = plan.dataset.extension().stimuli(subject, context);
      int n = images.size();
      out.printf("%n%s: %d stimuli%n", subject, n);
      out.printf("  %-14s %-20s %-44s %12s %10s%n", "layer", "shape", "reducer", "columns",
          "disk");
      Set<String> seen = new LinkedHashSet<>();
      for (GridCell c : cells) {
        if (!c.subject().equals(subject) || !seen.add(c.layer().name() + c.reducer().spec())) {
          continue;
        }
        LayerInfo l = c.layer();
        long cols = c.reducer().isNone() ? l.size() : size(c.reducer().reducer()
            .fit(new ReducerInput(l.name(), l.shape(), n)).outputShape());
        long bytes = 4L * n * cols;
        totalDisk += bytes;
        out.printf("  %-14s %-20s %-44s %12d %10s%n", l.name(),
            java.util.Arrays.toString(l.shape()), c.reducer().spec(), cols, human(bytes));
      }
      long gram = 8L * n * n;
      out.printf("  memory per cell (cross-decomposition, dual route): about %s (Gram %s, a few "
          + "n×n work arrays) + %s per column panel%n", human(6 * gram), human(gram),
          human(Math.min(256L << 20, context.memoryBudget() / 4)));
    }
    out.printf("%nfeature cache on disk: about %s; memory budget %s%n", human(totalDisk),
        human(context.memoryBudget()));
  }

  private static long size(int[] shape) {
    long p = 1;
    for (int d : shape) {
      p *= d;
    }
    return p;
  }

  static String human(long bytes) {
    String[] units = {"B", "KB", "MB", "GB", "TB"};
    double v = bytes;
    int u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format("%.1f %s", v, units[u]);
  }
}
