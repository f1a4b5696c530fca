package org.brainalign.plugins.rsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.brainalign.geometry.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scores and RDMs against scipy (pdist, spearmanr with ties, pearsonr); see src/test/python. */
class RsaGoldenTest {

  static Stream<String> expectedRows() {
    return Fixtures.lines("expected.csv").stream().skip(1);
  }

  /** The rows whose distances do not tie exactly (the Gram route may separate exact ties). */
  static Stream<String> expectedRowsWithoutExactTies() {
    return expectedRows().filter(row -> !row.startsWith("ties,"));
  }

  private static AlignmentResult run(String caseName, String rdm, String compare, List<Split> splits) {
    return run(caseName, rdm, compare, splits, "auto");
  }

  private static AlignmentResult run(String caseName, String rdm, String compare, List<Split> splits,
      String route) {
    RsaProvider provider = new RsaProvider();
    Options options = Options.parse("rsa", provider.options(), Map.of("rdm", rdm, "compare", compare,
        "route", route));
    LabelledMatrix x = Fixtures.labelled(caseName + "_x.csv");
    LabelledMatrix y = Fixtures.labelled(caseName + "_y.csv");
    return provider.create(options).compare(new AlignmentInput(x, y, splits), RunContext.quiet(1));
  }

  @ParameterizedTest
  @MethodSource("expectedRows")
  void scoreMatchesScipy(String row) {
    checkScore(row, "auto", 1e-12);
  }

  /**
   * The Gram route (#8) gives scipy's scores too, to 1e-10, except where distances tie exactly on
   * integer data: there rounding in Kc_ii + Kc_jj − 2Kc_ij can separate ties (documented).
   */
  @ParameterizedTest
  @MethodSource("expectedRowsWithoutExactTies")
  void gramRouteScoreMatchesScipy(String row) {
    checkScore(row, "gram", 1e-10);
  }

  private static void checkScore(String row, String route, double tolerance) {
    String[] f = row.split(",");
    List<Split> splits = List.of();
    if (f[3].equals("test")) {
      int[] test = java.util.Arrays.stream(Fixtures.vector("continuous_test_rows.csv"))
          .mapToInt(d -> (int) d).toArray();
      int[] train = java.util.stream.IntStream.range(0, 15)
          .filter(i -> java.util.Arrays.stream(test).noneMatch(t -> t == i)).toArray();
      splits = List.of(new Split(train, test));
    }
    AlignmentResult result = run(f[0], f[1], f[2], splits, route);
    assertThat(result.score()).as(row).isCloseTo(Double.parseDouble(f[4]), within(tolerance));
    assertThat(result.summary().get("route_x")).isEqualTo(route.equals("gram") ? "gram" : "features");
    assertThat(result.higherIsBetter()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("rdmCases")
  void rdmMatchesPdist(String caseName, String rdm) {
    checkRdm(run(caseName, rdm, "spearman", List.of()).arrays().get("rdm_x"), caseName, rdm, 1e-12);
  }

  @ParameterizedTest
  @MethodSource("rdmCases")
  void gramRouteRdmMatchesPdist(String caseName, String rdm) {
    checkRdm(run(caseName, rdm, "spearman", List.of(), "gram").arrays().get("rdm_x"), caseName, rdm,
        1e-10);
  }

  private static void checkRdm(Matrix got, String caseName, String rdm, double tolerance) {
    double[][] want = Fixtures.matrix("rdm_" + caseName + "_" + rdm + ".csv");
    assertThat(got.rows()).isEqualTo(want.length);
    for (int i = 0; i < want.length; i++) {
      for (int j = 0; j < want.length; j++) {
        assertThat(got.get(i, j)).as("%s %s [%d,%d]", caseName, rdm, i, j)
            .isCloseTo(want[i][j], within(tolerance * (1 + Math.abs(want[i][j]))));
      }
    }
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> rdmCases() {
    return Stream.of("continuous correlation", "continuous euclidean", "ties euclidean",
        "wide correlation", "wide euclidean").map(s -> org.junit.jupiter.params.provider.Arguments.of(
            (Object[]) s.split(" ")));
  }
}
