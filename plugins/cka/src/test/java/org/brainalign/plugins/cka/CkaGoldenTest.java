package org.brainalign.plugins.cka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.brainalign.geometry.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Against the numpy feature-space formula (Kornblith et al. 2019, eq. 5); every route. */
class CkaGoldenTest {

  static Stream<String> cases() {
    return Fixtures.lines("expected.csv").stream().skip(1)
        .flatMap(row -> Stream.of("auto", "features", "gram").map(route -> row + "," + route));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void scoreMatchesNumpy(String row) {
    String[] f = row.split(",");
    LabelledMatrix x = Fixtures.labelled(f[0] + "_x.csv");
    LabelledMatrix y = Fixtures.labelled(f[0] + "_y.csv");
    int n = x.rows();
    List<Split> splits = f[1].equals("all") ? List.of() : List.of(new Split(
        IntStream.range(0, n).filter(i -> i % 2 == 0).toArray(),
        IntStream.range(0, n).filter(i -> i % 2 == 1).toArray()));
    CkaProvider p = new CkaProvider();
    AlignmentResult r = p.create(Options.parse("cka", p.options(), Map.of("route", f[3])))
        .compare(new AlignmentInput(x, y, splits), RunContext.quiet(1));
    assertThat(r.score()).as(row).isCloseTo(Double.parseDouble(f[2]), within(1e-12));
    if (f[3].equals("auto")) {
      assertThat(r.summary().get("route")).isEqualTo(f[0].equals("narrow") ? "features" : "gram");
    }
  }
}
