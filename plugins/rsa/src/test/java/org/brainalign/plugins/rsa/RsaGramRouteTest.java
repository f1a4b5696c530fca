package org.brainalign.plugins.rsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.RunContext;
import org.brainalign.support.split.KFold;
import org.brainalign.api.split.Split;
import org.brainalign.geometry.testing.RandomMatrices;
import org.brainalign.geometry.testing.SupplyingGram;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Gram route of RSA (#8) against the feature route, and its guards: chosen for a side that
 * supplies its Gram matrix and is wide, used once for every split, reading the features not at all
 * (Euclidean) or in two O(np) passes (correlation, for the per-row means).
 */
class RsaGramRouteTest {
  private static final long SEED = 31L;
  private static final int N = 48;
  private static final int P = 400;

  private static DenseMatrix gaussian(int n, int p, long seed, double offset) {
    return (DenseMatrix) RandomMatrices.gaussian("m", n, p, seed, offset).data();
  }

  private static AlignmentResult run(Matrix x, Matrix y, String rdm, String compare, String route,
      List<Split> splits) {
    RsaProvider provider = new RsaProvider();
    Options o = Options.parse("rsa", provider.options(), Map.of("rdm", rdm, "compare", compare,
        "route", route));
    return provider.create(o).compare(new AlignmentInput(LabelledMatrix.unlabelled("x", x),
        LabelledMatrix.unlabelled("y", y), splits), RunContext.quiet(1));
  }

  @ParameterizedTest(name = "{0} RDM, {1}")
  @CsvSource({"correlation, spearman", "euclidean, pearson", "correlation, pearson"})
  void aSuppliedGramGivesTheFeatureRouteRdmsForEverySplit(String rdm, String compare) {
    // An offset of 5 per unit makes the unit-centring terms of the correlation route matter.
    DenseMatrix xd = gaussian(N, P, SEED, 5.0);
    DenseMatrix yd = gaussian(N, 30, SEED + 1, 0.0);
    List<Split> splits = KFold.split(N, 3, 0);
    AlignmentResult features = run(xd, yd, rdm, compare, "features", splits);
    SupplyingGram x = new SupplyingGram(xd);
    AlignmentResult gram = run(x, yd, rdm, compare, "auto", splits);

    assertThat(gram.summary().get("route_x")).isEqualTo("gram (cached)");
    assertThat(gram.summary().get("route_y")).isEqualTo("features");
    assertThat(x.requests()).isEqualTo(1);
    // Euclidean: no feature reads; correlation: column means, then b and w (two passes).
    assertThat(x.elementsRead()).isEqualTo(rdm.equals("euclidean") ? 0L : 2L * N * P);
    for (int e = 0; e < splits.size(); e++) {
      Matrix a = features.arrays().get("rdm_x_split" + e);
      Matrix b = gram.arrays().get("rdm_x_split" + e);
      for (int i = 0; i < a.rows(); i++) {
        for (int j = 0; j < a.rows(); j++) {
          assertThat(b.get(i, j)).as("seed %d split %d [%d,%d]", SEED, e, i, j)
              .isCloseTo(a.get(i, j), within(1e-10 * (1 + Math.abs(a.get(i, j)))));
        }
      }
    }
    assertThat(gram.score()).isCloseTo(features.score(), within(1e-10));
  }

  @ParameterizedTest(name = "p = {0}: {1}")
  @CsvSource({"40, features", "48, features", "49, gram (cached)"})
  void autoTakesTheGramRouteOnlyForAWideSide(int p, String route) {
    SupplyingGram x = new SupplyingGram(gaussian(N, p, SEED, 0.0));
    AlignmentResult r = run(x, gaussian(N, 10, SEED + 1, 0.0), "euclidean", "pearson", "auto", List.of());
    assertThat(r.summary().get("route_x")).isEqualTo(route);
  }
}
