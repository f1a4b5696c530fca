package org.brainalign.formats.npy;

import org.brainalign.formats.npy.NpyMatrix;
import org.brainalign.formats.npy.Float16;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.brainalign.api.DataFormatException;
import org.brainalign.formats.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The .npy reader against files numpy wrote, every dtype, order and byte order. */
class NpyMatrixTest {

  /** The fixtures numpy wrote: every dtype, C and Fortran order, both byte orders. */
  static Stream<String> writtenByNumpy() {
    return Stream.of("f4_c_le", "f4_c_be", "f8_f_le", "f8_f_be", "f2_c_le", "i1_c", "i2_c_be",
        "i4_c_le", "i8_c_le", "u1_c", "u2_f_le", "u4_c_be", "bool_c", "vector_f4", "cube_f4_c",
        "cube_f8_f", "v2_f4");
  }

  @ParameterizedTest
  @MethodSource("writtenByNumpy")
  void readsWhatNumpyWrote(String name) {
    NpyMatrix m = NpyMatrix.open(Fixtures.path("npy/" + name + ".npy"));
    double[][] expected = Fixtures.csv("npy/" + name + ".csv");
    assertThat(m.rows()).isEqualTo(expected.length);
    assertThat(m.columns()).isEqualTo(expected[0].length);
    double[] all = new double[m.rows() * m.columns()];
    m.readRows(0, m.rows(), all);
    for (int r = 0; r < m.rows(); r++) {
      for (int c = 0; c < m.columns(); c++) {
        assertThat(all[r * m.columns() + c]).as("%s[%d, %d]", name, r, c).isEqualTo(expected[r][c]);
      }
    }
    // A block read agrees with the full read.
    double[] block = new double[2 * Math.min(2, m.columns())];
    int cols = Math.min(2, m.columns());
    m.readBlock(1, 3, m.columns() - cols, m.columns(), block);
    assertThat(block[0]).isEqualTo(expected[1][m.columns() - cols]);
    assertThat(block[block.length - 1]).isEqualTo(expected[2][m.columns() - 1]);
  }

  @ParameterizedTest
  @MethodSource("writtenByNumpy")
  void floatReadsEqualTheDoubleReadsRounded(String name) {
    NpyMatrix m = NpyMatrix.open(Fixtures.path("npy/" + name + ".npy"));
    int rows = m.rows();
    int cols = m.columns();
    double[] all = new double[rows * cols];
    m.readRows(0, rows, all);
    float[] allF = new float[rows * cols];
    m.readRows(0, rows, allF);
    for (int i = 0; i < all.length; i++) {
      assertThat(allF[i]).as("%s element %d", name, i).isEqualTo((float) all[i]);
    }
    // Every interior block, float against double.
    for (int r0 = 0; r0 < rows; r0++) {
      for (int c0 = 0; c0 < cols; c0++) {
        int r1 = Math.min(rows, r0 + 2);
        int c1 = Math.min(cols, c0 + 3);
        int w = c1 - c0;
        double[] d = new double[(r1 - r0) * w];
        float[] f = new float[d.length];
        m.readBlock(r0, r1, c0, c1, d);
        m.readBlock(r0, r1, c0, c1, f);
        for (int i = 0; i < d.length; i++) {
          assertThat(f[i]).as("%s block (%d, %d) element %d", name, r0, c0, i)
              .isEqualTo((float) d[i]);
          assertThat(d[i]).isEqualTo(all[(r0 + i / w) * cols + c0 + i % w]);
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "broken_truncated | truncated .npy file",
      "broken_magic | missing the \\x93NUMPY magic",
      "broken_trailing | unexpected bytes",
      "broken_shape | truncated .npy file",
      "broken_dtype | unsupported dtype '<c16'",
      "broken_scalar | scalar"})
  void brokenFilesAreNamedWithTheProblem(String name, String message) {
    assertThatThrownBy(() -> NpyMatrix.open(Fixtures.path("npy/" + name + ".npy")))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining(name + ".npy")
        .hasMessageContaining(message);
  }

  @Test
  void halfPrecisionRoundTripsEveryValue() {
    for (int bits = 0; bits < 65536; bits++) {
      float f = Float16.toFloat((short) bits);
      if (Float.isNaN(f)) {
        assertThat(Float.isNaN(Float16.toFloat(Float16.fromFloat(f)))).isTrue();
      } else {
        assertThat(Float16.fromFloat(f)).as("bits %04x", bits).isEqualTo((short) bits);
      }
    }
  }
}
