package org.brainalign.api.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FloatDenseMatrixTest {
  // 3 × 4, values chosen so that a float read as a double shows any rounding or offset error
  private final float[] values = {0.1f, 1.1f, 2.1f, 3.1f, 10.1f, 11.1f, 12.1f, 13.1f,
      20.1f, 21.1f, 22.1f, 23.1f};
  private final FloatDenseMatrix m = new FloatDenseMatrix(3, 4, values);

  @Test
  void readsRowsAndBlocksInBothPrecisionsExactly() {
    double[] rows = new double[8];
    m.readRows(1, 3, rows);
    assertThat(rows).containsExactly(10.1f, 11.1f, 12.1f, 13.1f, 20.1f, 21.1f, 22.1f, 23.1f);
    float[] rowsF = new float[4];
    m.readRows(2, 3, rowsF);
    assertThat(rowsF).containsExactly(20.1f, 21.1f, 22.1f, 23.1f);
    double[] block = new double[4];
    m.readBlock(0, 2, 1, 3, block);
    assertThat(block).containsExactly(1.1f, 2.1f, 11.1f, 12.1f);
    float[] blockF = new float[2];
    m.readBlock(1, 3, 3, 4, blockF);
    assertThat(blockF).containsExactly(13.1f, 23.1f);
    assertThat(m.get(2, 1)).isEqualTo(21.1f);
    assertThat(m.toDense().data()).containsExactly(new DenseMatrix(3, 4, widen(values)).data());
  }

  @Test
  void refusesAShapeThatDoesNotMatchItsValues() {
    assertThatThrownBy(() -> new FloatDenseMatrix(3, 3, values))
        .hasMessageContaining("3 × 3 needs 9 values, found 12");
  }

  private static double[] widen(float[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = v[i];
    }
    return d;
  }
}
