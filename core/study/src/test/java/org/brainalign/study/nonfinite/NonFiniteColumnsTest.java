package org.brainalign.study.nonfinite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Random;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.formats.npy.NpyDtype;
import org.brainalign.formats.npy.NpyMatrix;
import org.brainalign.formats.npy.NpyWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The non-finite scan finds exactly the columns holding NaN or ±Inf, and the column-subset view
 * reads the same values as a copy without them, through every read method, on the heap and on a
 * memory-mapped float32 file.
 */
class NonFiniteColumnsTest {
  @TempDir
  Path dir;

  private static DenseMatrix random(int rows, int cols, long seed) {
    Random rnd = new Random(seed);
    double[] d = new double[rows * cols];
    for (int i = 0; i < d.length; i++) {
      d[i] = (float) rnd.nextGaussian();
    }
    return new DenseMatrix(rows, cols, d);
  }

  @Test
  void scanFindsExactlyTheBadColumnsAndTheViewMatchesACopy() {
    int rows = 37;
    int cols = 61;
    long seed = 4242;
    DenseMatrix m = random(rows, cols, seed);
    double[] d = new double[rows * cols];
    m.readRows(0, rows, d);
    int[][] bad = {{0, 0}, {36, 60}, {10, 13}, {11, 13}, {20, 40}};
    double[] values = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        Double.NaN};
    for (int i = 0; i < bad.length; i++) {
      d[bad[i][0] * cols + bad[i][1]] = values[i];
    }
    Path f = dir.resolve("m.npy");
    NpyWriter.write(f, new DenseMatrix(rows, cols, d), NpyDtype.FLOAT32);
    for (Matrix source : new Matrix[] {new DenseMatrix(rows, cols, d), NpyMatrix.open(f)}) {
      NonFiniteColumns scan = NonFiniteColumns.scan("m", source);
      assertThat(scan.bad().stream().toArray()).as("seed " + seed).containsExactly(0, 13, 40, 60);
      assertThat(scan.dropped()).isEqualTo(4);
      assertThat(scan.describe()).isEqualTo("m: dropped 4 of 61 columns holding NaN or ±Inf");
      LabelledMatrix view = scan.apply(LabelledMatrix.unlabelled("m", source));
      assertThat(view.columns()).isEqualTo(57);
      assertThat(view.columnIds().get(0)).isEqualTo("1");
      assertThat(view.columnIds().get(56)).isEqualTo("59");
      assertSameAsCopy(view.data(), d, rows, cols, new int[] {0, 13, 40, 60});
      int[] kept = java.util.stream.IntStream.range(0, cols).filter(c -> !scan.bad().get(c))
          .toArray();
      // Reads split into chunks of a few rows, and of one row when a row exceeds the chunk.
      for (int chunk : new int[] {1, 100, 500}) {
        assertSameAsCopy(new ColumnSubset(source, kept, chunk), d, rows, cols,
            new int[] {0, 13, 40, 60});
      }
    }
  }

  private static void assertSameAsCopy(Matrix view, double[] full, int rows, int cols, int[] drop) {
    int kept = cols - drop.length;
    double[] expected = new double[rows * kept];
    for (int r = 0; r < rows; r++) {
      int k = 0;
      for (int c = 0; c < cols; c++) {
        if (java.util.Arrays.binarySearch(drop, c) < 0) {
          expected[r * kept + k++] = full[r * cols + c];
        }
      }
    }
    double[] all = new double[rows * kept];
    view.readRows(0, rows, all);
    assertThat(all).containsExactly(expected);
    float[] allF = new float[rows * kept];
    view.readRows(0, rows, allF);
    for (int i = 0; i < all.length; i++) {
      assertThat((double) allF[i]).isEqualTo((double) (float) expected[i]);
    }
    // Every block shape, including single rows and columns at the edges.
    for (int[] b : new int[][] {{0, 1, 0, 1}, {3, 9, 5, 30}, {0, rows, kept - 1, kept},
        {rows - 1, rows, 0, kept}, {7, 8, 12, 13}}) {
      int w = b[3] - b[2];
      double[] blk = new double[(b[1] - b[0]) * w];
      float[] blkF = new float[blk.length];
      view.readBlock(b[0], b[1], b[2], b[3], blk);
      view.readBlock(b[0], b[1], b[2], b[3], blkF);
      for (int r = b[0]; r < b[1]; r++) {
        for (int c = b[2]; c < b[3]; c++) {
          double e = expected[r * kept + c];
          assertThat(blk[(r - b[0]) * w + c - b[2]]).isEqualTo(e);
          assertThat((double) blkF[(r - b[0]) * w + c - b[2]]).isEqualTo((double) (float) e);
        }
      }
    }
    assertThat(view.get(5, 6)).isEqualTo(expected[5 * kept + 6]);
  }

  @Test
  void aCleanMatrixIsReturnedAsIs() {
    LabelledMatrix m = LabelledMatrix.unlabelled("m", random(5, 4, 1));
    NonFiniteColumns scan = NonFiniteColumns.scan("m", m.data());
    assertThat(scan.dropped()).isZero();
    assertThat(scan.apply(m)).isSameAs(m);
  }

  @Test
  void droppingEveryColumnIsRefused() {
    DenseMatrix m = new DenseMatrix(2, 2, new double[] {Double.NaN, 1, 2, Double.NaN});
    NonFiniteColumns scan = NonFiniteColumns.scan("all-bad.npy", m);
    assertThatThrownBy(() -> scan.apply(LabelledMatrix.unlabelled("all-bad.npy", m)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("all-bad.npy")
        .hasMessageContaining("every one of its 2 columns");
  }

  @Test
  void keptColumnsMustIncrease() {
    DenseMatrix m = random(2, 3, 2);
    assertThatThrownBy(() -> new ColumnSubset(m, new int[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ColumnSubset(m, new int[] {3}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void policiesParseAndAnUnknownOneIsNamed() {
    assertThat(NonFinitePolicy.parse("drop", "--non-finite")).isEqualTo(NonFinitePolicy.DROP);
    assertThat(NonFinitePolicy.parse("error", "--non-finite")).isEqualTo(NonFinitePolicy.ERROR);
    assertThatThrownBy(() -> NonFinitePolicy.parse("Drop", "analysis.non-finite"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("analysis.non-finite")
        .hasMessageContaining("'Drop'");
  }
}
