package org.brainalign.plugins.crossdecomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.brainalign.api.matrix.CentredGram;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.table.Table;
import org.brainalign.geometry.gram.CentredGrams;
import org.junit.jupiter.api.Test;

/** A host-supplied (cached) Gram matrix is used by the dual route and gives the same spectrum. */
class SuppliedGramTest {

  /** Features that hand out their centred Gram matrix and count the requests. */
  static final class Supplying implements Matrix, CentredGram {
    final DenseMatrix x;
    final AtomicInteger requests = new AtomicInteger();

    Supplying(DenseMatrix x) {
      this.x = x;
    }

    @Override
    public DenseMatrix centredGram(RunContext context) {
      requests.incrementAndGet();
      return CentredGrams.compute(LabelledMatrix.unlabelled("x", x), context);
    }

    @Override
    public int rows() {
      return x.rows();
    }

    @Override
    public int columns() {
      return x.columns();
    }

    @Override
    public void readRows(int from, int to, double[] dst) {
      x.readRows(from, to, dst);
    }
  }

  @Test
  void sameSpectrumFromASuppliedGram() {
    GoldenCase c = new GoldenCase("wide-x");
    Supplying x = new Supplying(c.x);
    AlignmentInput supplied = new AlignmentInput(LabelledMatrix.unlabelled("X", x),
        LabelledMatrix.unlabelled("Y", c.y), List.of(c.split()));
    Table a = GoldenCase.spectrum(GoldenCase.run(supplied, Map.of(), 1));
    Table b = GoldenCase.spectrum(GoldenCase.run(c.input(true), Map.of(), 1));
    assertThat(x.requests.get()).isEqualTo(1);
    double[] ca = a.numbers("correlation");
    double[] cb = b.numbers("correlation");
    double[] s = b.numbers("singular_value");
    for (int k = 0; k < ca.length; k++) {
      if (s[k] > 1e-6 * s[0]) {
        assertThat(ca[k]).as("rank %d", k + 1).isCloseTo(cb[k], within(1e-10));
      }
    }
  }
}
