package org.brainalign.api.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;

/** A metric receives the host's Gram matrix typed, and only in the precision it asks for. */
class SuppliedGramTest {

  /** Features that carry a Gram matrix computed in single precision. */
  private static final class SingleGram extends ForwardingMatrix implements CentredGram {
    SingleGram(DenseMatrix x) {
      super(x);
    }

    @Override
    public DenseMatrix centredGram(RunContext context) {
      return DenseMatrix.zeros(rows(), rows());
    }

    @Override
    public GramPrecision arithmetic() {
      return GramPrecision.SINGLE;
    }
  }

  @Test
  void aPlainMatrixSuppliesNone() {
    assertThat(DenseMatrix.zeros(2, 3).suppliedGram()).isEmpty();
  }

  @Test
  void aSupplyingMatrixGivesItsGramOnlyInItsPrecision() {
    Matrix m = new SingleGram(DenseMatrix.zeros(2, 3));
    assertThat(m.suppliedGram()).containsSame((CentredGram) m);
    assertThat(m.suppliedGram(GramPrecision.SINGLE)).isPresent();
    assertThat(m.suppliedGram(GramPrecision.DOUBLE)).isEmpty();
    assertThat(((CentredGram) m).gramPrecision()).isEqualTo("single");
  }

  @Test
  void precisionIdsRoundTrip() {
    for (GramPrecision p : GramPrecision.values()) {
      assertThat(GramPrecision.of(p.id())).isSameAs(p);
    }
  }
}
