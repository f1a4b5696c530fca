package org.brainalign.plugins.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.brainalign.geometry.rdm.Dissimilarity;
import org.brainalign.geometry.rdm.RdmComparison;
import org.brainalign.geometry.testing.RandomMatrices;
import org.junit.jupiter.api.Test;

/** Primal and dual routes agree, streaming changes nothing, bad input fails clearly. Seeded. */
class EncodingInvariantsTest {
  private static final long SEED = 4242L;

  private static Split everyThird(int n) {
    return new Split(IntStream.range(0, n).filter(i -> i % 3 != 0).toArray(),
        IntStream.range(0, n).filter(i -> i % 3 == 0).toArray());
  }

  @Test
  void primalAndDualRoutesGiveTheSamePredictions() {
    for (int p : new int[] {5, 17, 40}) {
      LabelledMatrix x = RandomMatrices.gaussian("x", 27, p, SEED + p, 1.5);
      Random rng = new Random(SEED);
      double[] y = new double[18 * 4];
      for (int i = 0; i < y.length; i++) {
        y[i] = rng.nextGaussian();
      }
      Split split = everyThird(27);
      SplitSpectrum primal = new PrimalFeatures(x).spectrum(split);
      SplitSpectrum dual = KernelFeatures.of(x, Long.MAX_VALUE / 4).spectrum(split);
      double[] alphas = {0.01, 1, 100};
      var a = RidgeFit.fit(primal, y, 4, alphas);
      var b = RidgeFit.fit(dual, y, 4, alphas);
      assertThat(b.alphas()).as("p=%d seed %d", p, SEED).containsExactly(a.alphas());
      for (int i = 0; i < a.testResponses().length; i++) {
        assertThat(b.testResponses()[i]).as("p=%d seed %d [%d]", p, SEED, i)
            .isCloseTo(a.testResponses()[i], within(1e-8 * (1 + Math.abs(a.testResponses()[i]))));
      }
    }
  }

  @Test
  void streamingTheKernelInRowBlocksChangesNothing() {
    LabelledMatrix x = RandomMatrices.gaussian("x", 20, 90, SEED, 0.5);
    LabelledMatrix y = RandomMatrices.gaussian("y", 20, 3, SEED + 1, 0);
    EncodingMetric m = new EncodingMetric(new EncodingSettings(new double[] {1, 10}, 4, 0));
    double whole = m.compare(AlignmentInput.of(x, y), RunContext.quiet(1)).score();
    double blocks = m.compare(AlignmentInput.of(x, y), RunContext.quiet(1, 4L * 90 * 8 * 3)).score();
    assertThat(blocks).as("seed %d", SEED).isCloseTo(whole, within(1e-12));
  }

  @Test
  void perfectlyPredictableVoxelsScoreOne() {
    LabelledMatrix x = RandomMatrices.gaussian("x", 30, 4, SEED, 0);
    DenseMatrix xd = x.data().toDense();
    double[] y = new double[30 * 2];
    for (int i = 0; i < 30; i++) {
      y[i * 2] = 2 * xd.get(i, 0) - xd.get(i, 3) + 7;
      y[i * 2 + 1] = -xd.get(i, 1);
    }
    var metric = new EncodingMetric(new EncodingSettings(new double[] {1e-6}, 5, 3));
    double s = metric.compare(AlignmentInput.of(x, LabelledMatrix.unlabelled("y",
        new DenseMatrix(30, 2, y))), RunContext.quiet(1)).score();
    assertThat(s).as("seed %d", SEED).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void aVoxelConstantInTrainingHasAnUndefinedRNotNoise() {
    LabelledMatrix x = RandomMatrices.gaussian("x", 30, 4, SEED, 0);
    DenseMatrix yd = RandomMatrices.gaussian("y", 30, 2, SEED + 3, 0).data().toDense();
    for (int i = 0; i < 30; i++) {
      yd.set(i, 1, i % 3 == 0 ? 1.0 + i : 0.1); // constant 0.1 on the training rows only
    }
    Split split = everyThird(30);
    var metric = new EncodingMetric(new EncodingSettings(new double[] {1, 10}, 3, 0));
    var r = metric.compare(new AlignmentInput(x, LabelledMatrix.unlabelled("y", yd), List.of(split)),
        RunContext.quiet(1));
    assertThat(r.table("voxel_folds").orElseThrow().numbers("r")[1]).as("seed %d", SEED).isNaN();
    assertThat(r.summary().get("voxel_fold_pairs_undefined")).isEqualTo(1);
  }

  @Test
  void theSeedChangesTheFoldsButNotTheExplicitSplit() {
    LabelledMatrix x = RandomMatrices.gaussian("x", 40, 6, SEED, 0);
    LabelledMatrix y = RandomMatrices.gaussian("y", 40, 3, SEED + 2, 0);
    double a = new EncodingMetric(new EncodingSettings(new double[] {1}, 5, 0))
        .compare(AlignmentInput.of(x, y), RunContext.quiet(1)).score();
    double b = new EncodingMetric(new EncodingSettings(new double[] {1}, 5, 1))
        .compare(AlignmentInput.of(x, y), RunContext.quiet(1)).score();
    assertThat(b).as("seed %d", SEED).isNotEqualTo(a);
  }

  @Test
  void optionsAreValidated() {
    EncodingProvider p = new EncodingProvider();
    assertThatThrownBy(() -> p.create(Options.parse("encoding", p.options(), Map.of("alphas", "[1,0]"))))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("> 0");
    assertThatThrownBy(() -> p.create(Options.parse("encoding", p.options(), Map.of("folds", "1"))))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("at least 2");
    assertThat(Options.defaults("encoding", p.options()).get(EncodingSettings.ALPHAS))
        .hasSize(17).startsWith(0.01).endsWith(1e6);
  }

  @Test
  void nonFiniteResponsesAndTinySplitsAreRejected() {
    LabelledMatrix x = RandomMatrices.gaussian("x", 12, 3, SEED, 0);
    DenseMatrix yd = RandomMatrices.gaussian("y", 12, 2, SEED, 0).data().toDense();
    yd.set(4, 1, Double.POSITIVE_INFINITY);
    var metric = new EncodingMetric(new EncodingSettings(new double[] {1}, 3, 0));
    assertThatThrownBy(() -> metric.compare(AlignmentInput.of(x, LabelledMatrix.unlabelled("V1", yd)),
        RunContext.quiet(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("V1").hasMessageContaining("row 4");
    LabelledMatrix y = RandomMatrices.gaussian("y", 12, 2, SEED, 0);
    Split tiny = new Split(new int[] {0, 1}, new int[] {2, 3, 4});
    assertThatThrownBy(() -> metric.compare(new AlignmentInput(x, y, List.of(tiny)),
        RunContext.quiet(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 3 training rows");
  }

  @Test
  void versaOfAPerfectModelIsOne() {
    LabelledMatrix x = RandomMatrices.gaussian("x", 36, 5, SEED, 0);
    DenseMatrix xd = x.data().toDense();
    double[] y = new double[36 * 3];
    for (int i = 0; i < 36; i++) {
      for (int j = 0; j < 3; j++) {
        y[i * 3 + j] = xd.get(i, j) + 0.5 * xd.get(i, j + 1);
      }
    }
    var versa = new VersaMetric(new EncodingSettings(new double[] {1e-8}, 4, 0),
        Dissimilarity.CORRELATION, RdmComparison.SPEARMAN, true);
    var r = versa.compare(AlignmentInput.of(x, LabelledMatrix.unlabelled("y", new DenseMatrix(36, 3, y))),
        RunContext.quiet(1));
    assertThat(r.score()).as("seed %d", SEED).isCloseTo(1.0, within(1e-9));
    assertThat(r.arrays()).containsKeys("rdm_predicted_fold0", "rdm_observed_fold3");
  }
}
