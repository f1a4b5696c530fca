package org.brainalign.api.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.junit.jupiter.api.Test;

/** The optional per-column noise ceilings of y: checked, copied, kept by withCeilings. */
class CeilingsInputTest {
  private static final LabelledMatrix X = LabelledMatrix.unlabelled("x",
      new DenseMatrix(3, 2, new double[6]));
  private static final LabelledMatrix Y = LabelledMatrix.unlabelled("y",
      new DenseMatrix(3, 2, new double[6]));

  @Test
  void withoutCeilingsTheOldConstructorsStillWork() {
    assertThat(AlignmentInput.of(X, Y).hasCeilings()).isFalse();
    assertThat(new AlignmentInput(X, Y, List.of()).ceilings()).isNull();
  }

  @Test
  void ceilingsAreCopiedAndKept() {
    double[] c = {0.5, Double.NaN};
    AlignmentInput in = AlignmentInput.of(X, Y, c);
    c[0] = 0.9;
    assertThat(in.ceilings()[0]).isEqualTo(0.5);
    in.ceilings()[0] = 0.7;
    assertThat(in.ceilings()[0]).isEqualTo(0.5);
    assertThat(AlignmentInput.of(X, Y).withCeilings(new double[] {0, 1}).ceilings())
        .containsExactly(0, 1);
  }

  @Test
  void refusesAWrongLengthOrAValueOutsideZeroOne() {
    assertThatThrownBy(() -> AlignmentInput.of(X, Y, new double[] {0.5}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 columns, 1 ceilings");
    assertThatThrownBy(() -> AlignmentInput.of(X, Y, new double[] {0.5, 1.5}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
  }
}
