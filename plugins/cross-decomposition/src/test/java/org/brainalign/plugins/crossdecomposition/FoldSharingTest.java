package org.brainalign.plugins.crossdecomposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.run.ForwardingRunContext;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.run.SharedWork;
import org.brainalign.api.table.Table;
import org.junit.jupiter.api.Test;

/**
 * The features' fold factors are computed once for every region scored against them in one
 * process ({@link RunContext#sharedWork()}): two regions against one X factor X's K_tr once per
 * fold, not twice, and give the same spectra as without sharing. The regions' own side is never
 * offered, and neither is a primal or scaled X.
 */
class FoldSharingTest {

  /** Keeps everything; counts the computations it runs, per kind of key. */
  private static final class CountingWork implements SharedWork {
    final Map<Object, Object> held = new ConcurrentHashMap<>();
    final AtomicInteger computed = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();

    @Override
    public <T> T share(Object key, Class<T> type, long bytes, Supplier<T> compute) {
      requests.incrementAndGet();
      assertThat(bytes).isPositive();
      return type.cast(held.computeIfAbsent(key, k -> {
        computed.incrementAndGet();
        return compute.get();
      }));
    }
  }

  private static final class Sharing extends ForwardingRunContext {
    private final SharedWork work;

    Sharing(SharedWork work) {
      super(RunContext.quiet(1, 1L << 28));
      this.work = work;
    }

    @Override
    public SharedWork sharedWork() {
      return work;
    }
  }

  private static LabelledMatrix gaussian(String name, Random rng, int rows, int cols) {
    double[][] a = new double[rows][cols];
    for (double[] row : a) {
      for (int j = 0; j < cols; j++) {
        row[j] = rng.nextGaussian();
      }
    }
    return LabelledMatrix.unlabelled(name, DenseMatrix.of(a));
  }

  private static Table spectrum(AlignmentInput in, Map<String, String> options, RunContext c) {
    CrossDecompositionProvider p = new CrossDecompositionProvider();
    return GoldenCase.spectrum(p.create(Options.parse(p.id(), p.options(), options))
        .compare(in, c));
  }

  @Test
  void twoRegionsAgainstOneFeatureMatrixFactorItOncePerFold() {
    Random rng = new Random(77);
    LabelledMatrix x = gaussian("layer", rng, 60, 400);
    // One region wide (dual), one narrow (primal): neither side of Y is ever shared.
    List<LabelledMatrix> rois = List.of(gaussian("V1", rng, 60, 90), gaussian("V4", rng, 60, 20));
    Map<String, String> options = Map.of("folds", "5", "permutations", "20");
    CountingWork work = new CountingWork();
    List<Table> shared = new ArrayList<>();
    List<Table> alone = new ArrayList<>();
    for (LabelledMatrix y : rois) {
      // A fresh view of the same features for each region, as a study opens them per cell.
      LabelledMatrix view = LabelledMatrix.unlabelled("layer", x.data().toDense());
      shared.add(spectrum(new AlignmentInput(view, y, List.of()), options, new Sharing(work)));
      alone.add(spectrum(new AlignmentInput(x, y, List.of()), options, RunContext.quiet(1)));
    }
    assertThat(work.requests.get()).isEqualTo(10);
    assertThat(work.computed.get()).as("X's K_tr factored once per fold").isEqualTo(5);
    for (int r = 0; r < rois.size(); r++) {
      for (String column : List.of("correlation", "singular_value", "null_quantile")) {
        assertThat(shared.get(r).numbers(column)).as(rois.get(r).name() + " " + column)
            .containsExactly(alone.get(r).numbers(column));
      }
    }
  }

  @Test
  void anotherSplitOrFactorizationIsAnotherKey() {
    Random rng = new Random(78);
    LabelledMatrix x = gaussian("layer", rng, 40, 200);
    LabelledMatrix y = gaussian("V1", rng, 40, 30);
    CountingWork work = new CountingWork();
    AlignmentInput in = new AlignmentInput(x, y, List.of());
    spectrum(in, Map.of("folds", "4"), new Sharing(work));
    spectrum(in, Map.of("folds", "4", "seed", "1"), new Sharing(work));
    spectrum(in, Map.of("folds", "4", "fold-factor", "eigen"), new Sharing(work));
    spectrum(in, Map.of("folds", "4", "gram-precision", "single"), new Sharing(work));
    assertThat(work.computed.get()).isEqualTo(16);
    spectrum(in, Map.of("folds", "4", "seed", "1"), new Sharing(work));
    assertThat(work.computed.get()).isEqualTo(16);
  }

  @Test
  void aSingleAndADoubleFoldRunDoNotShareAFactor() {
    Random rng = new Random(80);
    LabelledMatrix x = gaussian("layer", rng, 40, 200);
    LabelledMatrix y = gaussian("V1", rng, 40, 30);
    AlignmentInput in = new AlignmentInput(x, y, List.of());
    CountingWork work = new CountingWork();
    // Same Gram matrix (single) and the same cut-off (1e-5): only the fold arithmetic differs.
    Table exact = spectrum(in, Map.of("folds", "4", "gram-precision", "single"),
        new Sharing(work));
    Table single = spectrum(in, Map.of("folds", "4", "gram-precision", "single",
        "fold-precision", "single"), new Sharing(work));
    assertThat(work.computed.get()).as("factors computed, one per fold and precision")
        .isEqualTo(8);
    Table alone = spectrum(in, Map.of("folds", "4", "gram-precision", "single",
        "fold-precision", "single"), RunContext.quiet(1));
    assertThat(single.numbers("correlation")).containsExactly(alone.numbers("correlation"));
    assertThat(single.numbers("correlation")).isNotEqualTo(exact.numbers("correlation"));
  }

  @Test
  void primalAndScaledFeaturesAreNotShared() {
    Random rng = new Random(79);
    LabelledMatrix wide = gaussian("layer", rng, 40, 200);
    LabelledMatrix narrow = gaussian("fc", rng, 40, 10);
    LabelledMatrix y = gaussian("V1", rng, 40, 30);
    CountingWork work = new CountingWork();
    spectrum(new AlignmentInput(narrow, y, List.of()), Map.of("folds", "4"), new Sharing(work));
    spectrum(new AlignmentInput(wide, y, List.of()), Map.of("folds", "4", "scale", "true"),
        new Sharing(work));
    assertThat(work.requests.get()).isZero();
  }
}
