package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.formats.MatrixFiles;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.formats.npy.NpyDtype;
import org.brainalign.formats.npy.NpyWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare --non-finite}: NaN or ±Inf is an error naming the matrix, row and column by
 * default; {@code drop} removes exactly the columns holding one, says so, records the counts, and
 * gives the same tables as the clean matrices without those columns.
 */
class CompareNonFiniteTest {
  @TempDir
  Path dir;
  Path dirtyX;
  Path dirtyY;
  Path cleanX;
  Path cleanY;
  static final String METRIC = "cross-decomposition:folds=3,permutations=20";

  @BeforeEach
  void setUp() {
    DenseMatrix x = MatrixFiles.open(Cli.example("compare/model.npy")).matrix().data().toDense();
    DenseMatrix y = MatrixFiles.open(Cli.example("compare/brain.npy")).matrix().data().toDense();
    // x: NaN at (5, 7), +Inf at (299, 1999), -Inf and NaN both in column 100; y: NaN at (0, 3).
    dirtyX = write("dirty-x.npy", poison(x, new int[][] {{5, 7}, {299, 1999}, {0, 100}, {9, 100}},
        new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}));
    dirtyY = write("dirty-y.npy", poison(y, new int[][] {{0, 3}}, new double[] {Double.NaN}));
    cleanX = write("clean-x.npy", without(x, List.of(7, 100, 1999)));
    cleanY = write("clean-y.npy", without(y, List.of(3)));
  }

  private static Matrix poison(DenseMatrix m, int[][] at, double[] values) {
    double[] d = new double[m.rows() * m.columns()];
    m.readRows(0, m.rows(), d);
    for (int i = 0; i < at.length; i++) {
      d[at[i][0] * m.columns() + at[i][1]] = values[i];
    }
    return new DenseMatrix(m.rows(), m.columns(), d);
  }

  private static Matrix without(DenseMatrix m, List<Integer> dropped) {
    int cols = m.columns() - dropped.size();
    double[] d = new double[m.rows() * cols];
    double[] row = new double[m.columns()];
    for (int r = 0; r < m.rows(); r++) {
      m.readRows(r, r + 1, row);
      int k = 0;
      for (int c = 0; c < m.columns(); c++) {
        if (!dropped.contains(c)) {
          d[r * cols + k++] = row[c];
        }
      }
    }
    return new DenseMatrix(m.rows(), cols, d);
  }

  private Path write(String name, Matrix m) {
    Path f = dir.resolve(name);
    NpyWriter.write(f, m, NpyDtype.FLOAT64);
    return f;
  }

  @Test
  void byDefaultTheFirstNonFiniteValueIsNamedAndNothingLooksComplete() {
    Path out = dir.resolve("error");
    Cli r = Cli.run("compare", "-q", "--x", dirtyX.toString(), "--y", cleanY.toString(),
        "--metric", METRIC, "--out", out.toString());
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("dirty-x.npy").contains("row").contains("column")
        .contains("--non-finite=drop").doesNotContain("\tat ");
    assertThat(out.resolve("summary.json")).doesNotExist();
  }

  @Test
  void dropRemovesExactlyTheColumnsHoldingNonFiniteValues() throws IOException {
    Path dropped = dir.resolve("dropped");
    Cli r = Cli.run("compare", "-q", "--x", dirtyX.toString(), "--y", dirtyY.toString(),
        "--metric", METRIC, "--non-finite=drop", "--out", dropped.toString());
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("dirty-x.npy: dropped 3 of 2000 columns")
        .contains("dirty-y.npy: dropped 1 of 150 columns");
    Path clean = dir.resolve("clean");
    Cli c = Cli.run("compare", "-q", "--x", cleanX.toString(), "--y", cleanY.toString(),
        "--metric", METRIC, "--out", clean.toString());
    assertThat(c.exit).as(c.toString()).isZero();
    for (String f : List.of("spectrum.csv", "folds.csv")) {
      assertThat(Files.readAllBytes(dropped.resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(clean.resolve(f)));
    }
    Map<String, Object> s = JsonFiles.read(dropped.resolve("summary.json"));
    Map<?, ?> nf = (Map<?, ?>) s.get("non_finite");
    assertThat(nf.get("policy")).isEqualTo("drop");
    assertThat(((Map<?, ?>) nf.get("x")).get("dropped_columns")).isEqualTo(3);
    assertThat(((Map<?, ?>) nf.get("x")).get("first_dropped")).isEqualTo(List.of(7, 100, 1999));
    assertThat(((Map<?, ?>) nf.get("y")).get("dropped_columns")).isEqualTo(1);
    assertThat(((Map<?, ?>) nf.get("y")).get("columns")).isEqualTo(150);
    Map<String, Object> cs = JsonFiles.read(clean.resolve("summary.json"));
    assertThat(((Map<?, ?>) cs.get("non_finite")).get("policy")).isEqualTo("error");
  }

  @Test
  void aColumnEveryValueOfWhichIsBadLeavesNothingAndIsRefused() {
    DenseMatrix y = new DenseMatrix(300, 1, new double[300]);
    double[] d = new double[300];
    java.util.Arrays.fill(d, Double.NaN);
    Path allBad = write("all-bad.npy", new DenseMatrix(300, 1, d));
    Cli r = Cli.run("compare", "-q", "--x", cleanX.toString(), "--y", allBad.toString(),
        "--non-finite=drop", "--out", dir.resolve("o").toString());
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("all-bad.npy").contains("every one of its 1 columns");
    assertThat(y.rows()).isEqualTo(300);
  }

  @Test
  void anUnknownPolicyIsRefused() {
    Cli r = Cli.run("compare", "-q", "--x", cleanX.toString(), "--y", cleanY.toString(),
        "--non-finite=skip", "--out", dir.resolve("o").toString());
    assertThat(r.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("--non-finite").contains("error or drop").contains("'skip'");
  }
}
