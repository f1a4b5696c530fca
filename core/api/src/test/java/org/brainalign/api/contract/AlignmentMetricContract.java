package org.brainalign.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.ExtensionProvider;
import org.brainalign.api.matrix.CentredGram;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.ForwardingMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentMetricProvider;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.metric.Spectrum;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.brainalign.api.table.Table;
import org.junit.jupiter.api.Test;

/**
 * Contract for {@link AlignmentMetricProvider}s: determinism, invariance to a shared reordering of
 * the stimuli, a finite score on ordinary data, a clear error for misaligned inputs, and a
 * spectrum (when the metric gives one) in {@link Spectrum}'s table.
 */
public abstract class AlignmentMetricContract extends ExtensionProviderContract<AlignmentMetric> {

  /** @see ExtensionProviderContract#ExtensionProviderContract(ExtensionProvider, Map) */
  protected AlignmentMetricContract(AlignmentMetricProvider provider,
      Map<String, String> workingOptions) {
    super(provider, workingOptions);
  }

  /** Seed of the generated data; printed on failure by the assertions' descriptions. */
  protected long seed() {
    return 20240611L;
  }

  /** Two related random representations: y is a noisy linear map of x. */
  protected AlignmentInput sampleInput(int n, int p, int q, List<Split> splits) {
    Random rng = new Random(seed());
    double[] x = new double[n * p];
    for (int i = 0; i < x.length; i++) {
      x[i] = rng.nextGaussian();
    }
    double[] w = new double[p * q];
    for (int i = 0; i < w.length; i++) {
      w[i] = rng.nextGaussian() / Math.sqrt(p);
    }
    double[] y = new double[n * q];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < q; j++) {
        double s = 0;
        for (int k = 0; k < p; k++) {
          s += x[i * p + k] * w[k * q + j];
        }
        y[i * q + j] = s + 0.5 * rng.nextGaussian();
      }
    }
    Labels rows = Labels.range("stim", n);
    return new AlignmentInput(
        new LabelledMatrix("x", new DenseMatrix(n, p, x), rows, Labels.range("unit", p)),
        new LabelledMatrix("y", new DenseMatrix(n, q, y), rows, Labels.range("voxel", q)),
        splits);
  }

  private static Split firstSplit(int n) {
    int[] train = new int[n - n / 5];
    int[] test = new int[n / 5];
    for (int i = 0, a = 0, b = 0; i < n; i++) {
      if (i % 5 == 0) {
        test[b++] = i;
      } else {
        train[a++] = i;
      }
    }
    return new Split(train, test);
  }

  @Test
  void givesAFiniteScoreOnRelatedData() {
    AlignmentMetric metric = provider().create(options());
    AlignmentInput input = sampleInput(60, 12, 8, List.of(firstSplit(60)));
    AlignmentResult result = metric.compare(input, RunContext.quiet(1));
    assertThat(result.metric()).isEqualTo(provider().id());
    assertThat(Double.isFinite(result.score())).as("score %s (seed %d)", result.score(), seed())
        .isTrue();
  }

  @Test
  void sameInputsGiveTheSameResult() {
    AlignmentMetric metric = provider().create(options());
    AlignmentInput input = sampleInput(60, 12, 8, List.of());
    double a = metric.compare(input, RunContext.quiet(1)).score();
    double b = metric.compare(input, RunContext.quiet(2)).score();
    assertThat(b).as("seed %d", seed()).isEqualTo(a);
  }

  @Test
  void invariantToASharedReorderingOfStimuli() {
    int n = 60;
    AlignmentMetric metric = provider().create(options());
    Split split = firstSplit(n);
    AlignmentInput input = sampleInput(n, 12, 8, List.of(split));
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = (i * 37 + 11) % n; // 37 is coprime with 60
    }
    int[] where = new int[n];
    for (int i = 0; i < n; i++) {
      where[perm[i]] = i;
    }
    Split moved = new Split(remap(split.train(), where), remap(split.test(), where));
    AlignmentInput shuffled = new AlignmentInput(
        reorder(input.x(), perm), reorder(input.y(), perm), List.of(moved));
    double a = metric.compare(input, RunContext.quiet(1)).score();
    double b = metric.compare(shuffled, RunContext.quiet(1)).score();
    assertThat(b).as("seed %d", seed()).isCloseTo(a, org.assertj.core.data.Offset.offset(1e-9 * (1 + Math.abs(a))));
  }

  @Test
  void rejectsMisalignedStimuli() {
    AlignmentInput input = sampleInput(40, 6, 5, List.of());
    LabelledMatrix shorter = new LabelledMatrix("y", ((DenseMatrix) input.y().data()).selectRows(
        java.util.stream.IntStream.range(0, 39).toArray()), Labels.range("stim", 39),
        input.y().columnIds());
    assertThatThrownBy(() -> new AlignmentInput(input.x(), shorter, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("rows");
  }

  private static int[] remap(int[] rows, int[] where) {
    int[] out = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = where[rows[i]];
    }
    return out;
  }

  private static LabelledMatrix reorder(LabelledMatrix m, int[] perm) {
    DenseMatrix dense = m.data().toDense().selectRows(perm);
    List<String> ids = java.util.Arrays.stream(perm).mapToObj(m.rowIds()::get).toList();
    return new LabelledMatrix(m.name(), dense, Labels.of(ids), m.columnIds());
  }

  /**
   * A spectrum, if the metric gives one, is a {@link Spectrum} table: it reads back through
   * {@link AlignmentResult#spectrum()} (so the study tabulates it in {@code spectra.csv} and plots
   * it) and is written in Spectrum's one column order, ranks 1, 2, 3, …
   */
  @Test
  void aSpectrumIsWrittenAsASpectrumTable() {
    AlignmentResult result = provider().create(options())
        .compare(sampleInput(60, 12, 8, List.of(firstSplit(60))), RunContext.quiet(1));
    Optional<Table> table = result.table(Spectrum.TABLE);
    if (table.isEmpty()) {
      return;
    }
    Spectrum spectrum = result.spectrum().orElseThrow();
    assertThat(spectrum.ranks()).as("ranks of the spectrum (seed %d)", seed()).isPositive();
    assertThat(table.get().numbers(Spectrum.RANK)).as("the rank column")
        .containsExactly(spectrum.rankAxis());
    assertThat(spectrum.table()).as("the table as Spectrum.table() writes it")
        .isEqualTo(table.get());
  }

  /**
   * The same score whether or not the host supplies the centred Gram matrix of wide features
   * ({@link org.brainalign.api.matrix.Matrix#suppliedGram()}), so that a study's cached Gram matrix
   * changes the time a metric takes, never its result.
   */
  @Test
  void theSameScoreWhenTheHostSuppliesTheGramMatrix() {
    AlignmentMetric metric = provider().create(options());
    AlignmentInput plain = sampleInput(60, 90, 8, List.of());
    LabelledMatrix x = plain.x();
    AlignmentInput supplied = new AlignmentInput(new LabelledMatrix(x.name(),
        new SupplyingGram(x.data().toDense()), x.rowIds(), x.columnIds()), plain.y(),
        plain.splits());
    double a = metric.compare(plain, RunContext.quiet(1)).score();
    double b = metric.compare(supplied, RunContext.quiet(1)).score();
    assertThat(b).as("score with the Gram matrix supplied (seed %d)", seed())
        .isCloseTo(a, org.assertj.core.data.Offset.offset(1e-9 * (1 + Math.abs(a))));
  }

  /** Features that supply their centred Gram matrix in double, as a study's cache does. */
  private static final class SupplyingGram extends ForwardingMatrix implements CentredGram {
    private final DenseMatrix x;

    SupplyingGram(DenseMatrix x) {
      super(x);
      this.x = x;
    }

    @Override
    public DenseMatrix centredGram(RunContext context) {
      int n = x.rows();
      int p = x.columns();
      double[] mean = new double[p];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < p; j++) {
          mean[j] += x.get(i, j) / n;
        }
      }
      double[] k = new double[n * n];
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          double s = 0;
          for (int j = 0; j < p; j++) {
            s += (x.get(a, j) - mean[j]) * (x.get(b, j) - mean[j]);
          }
          k[a * n + b] = s;
        }
      }
      return new DenseMatrix(n, n, k);
    }
  }
}
