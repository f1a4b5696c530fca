package org.brainalign.study.gram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.run.RunContext;
import org.brainalign.formats.npy.NpyMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedGramMatrixTest {
  private static final long SEED = 77L;
  @TempDir
  Path dir;

  private static DenseMatrix random(int n, int p) {
    Random rng = new Random(SEED);
    double[] a = new double[n * p];
    for (int i = 0; i < a.length; i++) {
      a[i] = rng.nextGaussian() + 3;
    }
    return new DenseMatrix(n, p, a);
  }

  /** Kc computed the slow, obvious way. */
  private static double[][] naive(DenseMatrix x) {
    int n = x.rows();
    int p = x.columns();
    double[] mean = new double[p];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < p; c++) {
        mean[c] += x.get(i, c) / n;
      }
    }
    double[][] k = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        for (int c = 0; c < p; c++) {
          k[i][j] += (x.get(i, c) - mean[c]) * (x.get(j, c) - mean[c]);
        }
      }
    }
    return k;
  }

  @Test
  void computesOnceAndCachesBesideTheFeatures() {
    DenseMatrix x = random(12, 50);
    Path file = dir.resolve("layer.gram.npy");
    DenseMatrix k = new CachedGramMatrix(x, file, "x").centredGram(RunContext.quiet(1));
    double[][] expected = naive(x);
    for (int i = 0; i < 12; i++) {
      for (int j = 0; j < 12; j++) {
        assertThat(k.get(i, j)).as("seed %d K[%d,%d]", SEED, i, j)
            .isCloseTo(expected[i][j], within(1e-9));
      }
    }
    NpyMatrix cached = NpyMatrix.open(file);
    assertThat(cached.rows()).isEqualTo(12);
    assertThat(cached.get(3, 5)).isEqualTo(k.get(3, 5));
  }

  @Test
  void aCorruptCacheFileIsRebuiltNotTrusted() throws IOException {
    DenseMatrix x = random(8, 20);
    Path file = dir.resolve("corrupt.gram.npy");
    Files.write(file, new byte[] {1, 2, 3});
    DenseMatrix k = new CachedGramMatrix(x, file, "x").centredGram(RunContext.quiet(1));
    assertThat(k.get(0, 0)).isCloseTo(naive(x)[0][0], within(1e-9));
    assertThat(NpyMatrix.open(file).rows()).isEqualTo(8);
  }

  @Test
  void singlePrecisionIsCachedInItsOwnFileAndAgreesWithDouble() {
    DenseMatrix x = random(12, 400);
    Path file = dir.resolve("layer.gram.npy");
    CachedGramMatrix single = new CachedGramMatrix(x, file, "x", GramPrecision.SINGLE);
    assertThat(single.cacheFile().getFileName().toString()).isEqualTo("layer.gram-f32.npy");
    assertThat(single.gramPrecision()).isEqualTo("single");
    CachedGramMatrix dbl = new CachedGramMatrix(x, file, "x");
    assertThat(dbl.gramPrecision()).isEqualTo("double");
    assertThat(dbl.cacheFile().getFileName().toString()).isEqualTo("layer.gram.npy");
    DenseMatrix ks = single.centredGram(RunContext.quiet(1));
    assertThat(Files.isRegularFile(dir.resolve("layer.gram-f32.npy"))).isTrue();
    assertThat(Files.exists(file)).as("the double cache is not written by a single request")
        .isFalse();
    DenseMatrix kd = dbl.centredGram(RunContext.quiet(1));
    double top = 0;
    double worst = 0;
    for (int i = 0; i < 12; i++) {
      for (int j = 0; j < 12; j++) {
        top = Math.max(top, Math.abs(kd.get(i, j)));
        worst = Math.max(worst, Math.abs(kd.get(i, j) - ks.get(i, j)));
      }
    }
    assertThat(worst / top).as("seed %d", SEED).isLessThan(1e-5).isGreaterThan(0.0);
  }

  @Test
  void nonFiniteFeaturesAreNamed() {
    DenseMatrix x = random(6, 5);
    x.set(4, 2, Double.POSITIVE_INFINITY);
    assertThatThrownBy(() -> new CachedGramMatrix(x, dir.resolve("inf.gram.npy"), "layer2.npy")
        .centredGram(RunContext.quiet(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("layer2.npy").hasMessageContaining("row 4, column 2");
  }
}
