package org.brainalign.plugins.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.brainalign.geometry.testing.Fixtures;
import org.brainalign.geometry.testing.RandomMatrices;
import org.brainalign.geometry.testing.SupplyingGram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dual (kernel) ridge route on the host's cached centred Gram matrix (#8): the same predictions
 * as computing the Gram matrix here (to 1e-10) and as scikit-learn (the golden fixtures, 1e-9), with
 * the Gram matrix requested once for every fold and the features never read.
 */
class CachedGramRouteTest {

  private static LabelledMatrix supplying(LabelledMatrix x, SupplyingGram g) {
    return new LabelledMatrix(x.name(), g, x.rowIds(), x.columnIds());
  }

  @ParameterizedTest
  @ValueSource(strings = {"single", "grid"})
  void cachedGramPredictionsMatchScikitLearnAndTheComputedRoute(String grid) {
    LabelledMatrix x = Fixtures.labelled("wide_x.csv");
    LabelledMatrix y = Fixtures.labelled("wide_y.csv");
    Split split = EncodingGoldenTest.explicitSplit("wide", x.rows());
    EncodingSettings settings = EncodingSettings.from(Options.parse("encoding",
        EncodingSettings.options(), Map.of("alphas", grid.equals("single") ? "10"
            : EncodingGoldenTest.GRID)));
    SupplyingGram g = new SupplyingGram(x.data().toDense());
    EncodingRun.Fold cached = EncodingRun.run(new AlignmentInput(supplying(x, g), y,
        List.of(split)), settings, RunContext.quiet(1), "test").get(0);
    EncodingRun.Fold computed = EncodingRun.run(new AlignmentInput(x, y, List.of(split)), settings,
        RunContext.quiet(1), "test").get(0);

    assertThat(cached.gram()).isEqualTo("cached");
    assertThat(computed.gram()).isEqualTo("computed");
    assertThat(g.requests()).isEqualTo(1);
    assertThat(g.elementsRead()).isZero();
    double[][] want = Fixtures.matrix("wide_" + grid + "_pred.csv");
    int q = y.columns();
    for (int i = 0; i < want.length; i++) {
      for (int j = 0; j < q; j++) {
        double c = cached.predicted()[i * q + j];
        assertThat(c).as("prediction [%d,%d] vs sklearn", i, j)
            .isCloseTo(want[i][j], within(1e-9 * (1 + Math.abs(want[i][j]))));
        assertThat(c).as("prediction [%d,%d] vs the computed Gram", i, j)
            .isCloseTo(computed.predicted()[i * q + j], within(1e-10 * (1 + Math.abs(c))));
      }
    }
    assertThat(cached.alphas()).containsExactly(computed.alphas());
  }

  @Test
  void everyFoldAndVersaShareOneRequestAndAgree() {
    long seed = 5L;
    DenseMatrix xd = (DenseMatrix) RandomMatrices.gaussian("x", 60, 500, seed, 3.0).data();
    LabelledMatrix y = RandomMatrices.gaussian("y", 60, 12, seed + 1, 0.0);
    SupplyingGram g = new SupplyingGram(xd);
    EncodingProvider p = new EncodingProvider();
    var metric = p.create(Options.parse("encoding", p.options(), Map.of()));
    AlignmentResult cached = metric.compare(new AlignmentInput(
        LabelledMatrix.unlabelled("x", g), y, List.of()), RunContext.quiet(1));
    AlignmentResult computed = metric.compare(new AlignmentInput(
        LabelledMatrix.unlabelled("x", xd), y, List.of()), RunContext.quiet(1));
    assertThat(g.requests()).isEqualTo(1);
    assertThat(g.elementsRead()).isZero();
    assertThat(cached.summary().get("gram")).isEqualTo("cached");
    assertThat(computed.summary().get("gram")).isEqualTo("computed");
    assertThat(cached.score()).as("seed %d", seed).isCloseTo(computed.score(), within(1e-10));

    VersaProvider v = new VersaProvider();
    var versa = v.create(Options.parse("versa", v.options(), Map.of()));
    double a = versa.compare(new AlignmentInput(LabelledMatrix.unlabelled("x", g), y, List.of()),
        RunContext.quiet(1)).score();
    double b = versa.compare(new AlignmentInput(LabelledMatrix.unlabelled("x", xd), y, List.of()),
        RunContext.quiet(1)).score();
    assertThat(a).isCloseTo(b, within(1e-10));
  }
}
