package org.brainalign.plugins.torchcompute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.compute.GramBackend;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.gram.BlasGramBackend;
import org.brainalign.formats.npy.NpyDtype;
import org.brainalign.formats.npy.NpyMatrix;
import org.brainalign.formats.npy.NpyWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The torch backend on CPU libtorch against the BLAS backend, on memory-mapped float32 and float16
 * {@code .npy} files, for panels of 1, 64, 300 and 1,001 columns and the memory-budget default
 * (p = 1,001 is a multiple of none but 1 and itself).
 *
 * <p>Tolerance, relative to the largest entry of the float64 BLAS Kc: {@code 2e-6} against the
 * float64 BLAS backend and {@code 1e-5} against the float32 one (the bound GramPrecision states for
 * single precision). Each panel's product is a float32 gemm (unit roundoff 6e-8, error growing with
 * the panel width); the sum over panels is float64. Measured (seed below): at most 2.3e-7 against
 * float64 and 2.0e-6 against float32 BLAS; without centring each panel on the device the offset case
 * is off by 2.2e-1. Errors are printed with the seed.
 */
class TorchGramBackendTest {
  private static final long SEED = 20261126L;
  private static final int N = 60;
  private static final int P = 1001;
  private static final double VS_DOUBLE = 2e-6;
  private static final double VS_SINGLE = 1e-5;

  @TempDir
  Path dir;

  /** Normal values plus a per-column offset in [0, 5): features with means, like ReLU outputs. */
  private static DenseMatrix features(int n, int p, double offset, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] shift = new double[p];
    for (int c = 0; c < p; c++) {
      shift[c] = offset + 5 * rng.nextDouble();
    }
    double[] v = new double[n * p];
    for (int i = 0; i < v.length; i++) {
      v[i] = shift[i % p] + gaussian(rng);
    }
    return new DenseMatrix(n, p, v);
  }

  private static double gaussian(SplittableRandom rng) {
    return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
  }

  private NpyMatrix stored(DenseMatrix m, NpyDtype dtype, String name) {
    Path f = dir.resolve(name);
    NpyWriter.write(f, m, dtype);
    return NpyMatrix.open(f);
  }

  private static GramBackend torch(int panel) {
    TorchGramBackendProvider p = new TorchGramBackendProvider();
    return p.create(Options.parse(p.id(), p.options(), Map.of("device", "cpu", "panel",
        Integer.toString(panel))));
  }

  /** max |a − b| / max |b|. */
  private static double relative(DenseMatrix a, DenseMatrix b) {
    double diff = 0;
    double ref = 0;
    for (int i = 0; i < b.data().length; i++) {
      diff = Math.max(diff, Math.abs(a.data()[i] - b.data()[i]));
      ref = Math.max(ref, Math.abs(b.data()[i]));
    }
    return diff / ref;
  }

  private void agrees(Matrix x, int panel, String what) {
    RunContext ctx = RunContext.quiet(2);
    DenseMatrix reference = new BlasGramBackend(GramPrecision.DOUBLE).centredGram(x, what, ctx);
    DenseMatrix single = new BlasGramBackend(GramPrecision.SINGLE).centredGram(x, what, ctx);
    DenseMatrix t = torch(panel).centredGram(x, what, ctx);
    double vsDouble = relative(t, reference);
    double vsSingle = relative(t, single);
    System.out.printf("seed %d %s panel %d: torch vs blas double %.2e, vs blas single %.2e%n", SEED,
        what, panel, vsDouble, vsSingle);
    assertThat(t.rows()).isEqualTo(N);
    assertThat(t.columns()).isEqualTo(N);
    assertThat(vsDouble).as("seed %d %s panel %d vs double", SEED, what, panel)
        .isLessThanOrEqualTo(VS_DOUBLE);
    assertThat(vsSingle).as("seed %d %s panel %d vs single", SEED, what, panel)
        .isLessThanOrEqualTo(VS_SINGLE);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 64, 300, 1001, 0})
  void float32NpyAgreesWithBlas(int panel) {
    agrees(stored(features(N, P, 0, SEED), NpyDtype.FLOAT32, "x32.npy"), panel, "float32");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 64, 300, 1001, 0})
  void float16NpyAgreesWithBlas(int panel) {
    agrees(stored(features(N, P, 0, SEED + 1), NpyDtype.FLOAT16, "x16.npy"), panel, "float16");
  }

  /**
   * A large common offset (means near 1,000, SD 1): uncentred float32 products would lose ~1e-1 of
   * Kc to cancellation; each panel is centred on the device before its product, so it stays within
   * the same tolerances.
   */
  @Test
  void aLargeOffsetDoesNotCancel() {
    agrees(stored(features(N, P, 1000, SEED + 2), NpyDtype.FLOAT32, "offset.npy"), 300,
        "offset 1000");
  }

  @Test
  void theResultIsSymmetricAndCentred() {
    DenseMatrix k = torch(64).centredGram(features(N, P, 0, SEED + 3), "x", RunContext.quiet(1));
    double scale = 0;
    for (double v : k.data()) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int i = 0; i < N; i++) {
      double row = 0;
      for (int j = 0; j < N; j++) {
        assertThat(k.get(i, j)).isEqualTo(k.get(j, i));
        row += k.get(i, j);
      }
      assertThat(Math.abs(row)).as("row %d sum", i).isLessThan(1e-12 * N * scale);
    }
  }

  @Test
  void nonFiniteValuesAreRefusedNamingTheCell() {
    DenseMatrix x = features(10, 40, 0, SEED + 4);
    x.data()[3 * 40 + 17] = Double.NaN;
    assertThatThrownBy(() -> torch(16).centredGram(x, "layer9", RunContext.quiet(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("layer9: row 3, column 17 is NaN");
  }

  @Test
  void panelsAreSizedFromTheMemoryBudget() {
    assertThat(TorchGramBackend.widthFor(1000, 1_000_000, 4L << 30)).isEqualTo((256 << 20) / 4000);
    assertThat(TorchGramBackend.widthFor(1000, 50, 4L << 30)).isEqualTo(50);
    assertThat(TorchGramBackend.widthFor(100_000, 10, 1L << 20)).isEqualTo(2);
    assertThat(new TorchGramBackend(Device.cpu(), 0, "").precision()).isEqualTo("single");
  }
}
