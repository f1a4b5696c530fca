package org.brainalign.plugins.cka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.run.RunContext;
import org.brainalign.geometry.testing.Fixtures;
import org.brainalign.geometry.testing.SupplyingGram;
import org.junit.jupiter.api.Test;

/** A host-supplied (cached) centred Gram matrix is used on the Gram route and gives the numpy score. */
class SuppliedGramTest {

  @Test
  void usesTheSuppliedGramOnceAndMatchesNumpy() {
    LabelledMatrix x = Fixtures.labelled("wide_x.csv");
    LabelledMatrix y = Fixtures.labelled("wide_y.csv");
    SupplyingGram sx = new SupplyingGram(x.data().toDense());
    SupplyingGram sy = new SupplyingGram(y.data().toDense());
    AlignmentInput in = new AlignmentInput(
        new LabelledMatrix("x", sx, x.rowIds(), x.columnIds()),
        new LabelledMatrix("y", sy, y.rowIds(), y.columnIds()), List.of());
    CkaProvider p = new CkaProvider();
    double score = p.create(Options.parse("cka", p.options(), Map.of("route", "gram")))
        .compare(in, RunContext.quiet(1)).score();
    assertThat(sx.requests()).isEqualTo(1);
    assertThat(sy.requests()).isEqualTo(1);
    // Route guard (#8): the features themselves are not read past the cached Gram matrices.
    assertThat(sx.elementsRead()).isZero();
    assertThat(sy.elementsRead()).isZero();
    // The "wide,all" row of expected.csv (numpy).
    assertThat(score).isCloseTo(0.96468964778339561, within(1e-12));
  }
}
