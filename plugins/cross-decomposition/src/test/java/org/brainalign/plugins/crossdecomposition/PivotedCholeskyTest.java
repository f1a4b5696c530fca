package org.brainalign.plugins.crossdecomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.table.Table;
import org.junit.jupiter.api.Test;

/**
 * The pivoted Cholesky factor of the dual route: A Aᵀ = K, the rank cut-off of the eigenvalue
 * route on rank-deficient matrices, test coordinates that reproduce K_te,tr, and the same spectrum
 * as the eigendecomposition ({@code fold-factor=eigen}) on the golden and on seeded random cases
 * (the seed is in each message).
 */
class PivotedCholeskyTest {
  private static final long SEED = 20261202L;

  private static ColumnMajor random(Random rng, int rows, int cols) {
    double[] a = new double[rows * cols];
    for (int i = 0; i < a.length; i++) {
      a[i] = rng.nextGaussian();
    }
    return new ColumnMajor(rows, cols, a);
  }

  /** Rows of z centred on their column means. */
  private static ColumnMajor centred(ColumnMajor z) {
    double[] a = z.a().clone();
    for (int j = 0; j < z.cols(); j++) {
      double m = 0;
      for (int i = 0; i < z.rows(); i++) {
        m += a[i + j * z.rows()];
      }
      m /= z.rows();
      for (int i = 0; i < z.rows(); i++) {
        a[i + j * z.rows()] -= m;
      }
    }
    return new ColumnMajor(z.rows(), z.cols(), a);
  }

  private static double maxAbs(ColumnMajor m) {
    double t = 0;
    for (double v : m.a()) {
      t = Math.max(t, Math.abs(v));
    }
    return t;
  }

  private static void assertReproduces(ColumnMajor k, ColumnMajor a, double relative, String what) {
    ColumnMajor aat = a.times(false, a, true);
    double scale = maxAbs(k);
    for (int i = 0; i < k.a().length; i++) {
      assertThat(aat.a()[i]).as("seed %d %s entry %d", SEED, what, i)
          .isCloseTo(k.a()[i], within(relative * scale));
    }
  }

  @Test
  void theFactorReproducesAFullRankMatrix() {
    Random rng = new Random(SEED);
    ColumnMajor z = random(rng, 60, 90);
    ColumnMajor k = z.times(false, z, true);
    PivotedCholesky c = PivotedCholesky.of(k, DualSide.EIGEN_TOLERANCE);
    assertThat(c.rank()).as("seed %d rank", SEED).isEqualTo(60);
    assertReproduces(k, c.factor(), 1e-13, "A Aᵀ = K");
    // Pivots are a permutation.
    assertThat(java.util.Arrays.stream(c.pivot()).sorted().toArray())
        .isEqualTo(java.util.stream.IntStream.range(0, 60).toArray());
  }

  @Test
  void theRankOfADeficientMatrixIsTheEigenvalueRoutesRank() {
    Random rng = new Random(SEED + 1);
    // rank 7 by construction; centring K of 50 × 200 features leaves rank 49.
    ColumnMajor b = random(rng, 50, 7);
    ColumnMajor low = b.times(false, b, true);
    ColumnMajor wide = centred(random(rng, 50, 200));
    ColumnMajor kc = wide.times(false, wide, true);
    for (ColumnMajor k : List.of(low, kc)) {
      PivotedCholesky c = PivotedCholesky.of(k, DualSide.EIGEN_TOLERANCE);
      double[] lambda = Decompositions.symmetricEigen(k).values();
      int eigenRank = 0;
      while (eigenRank < lambda.length && lambda[eigenRank] > DualSide.EIGEN_TOLERANCE * lambda[0]) {
        eigenRank++;
      }
      assertThat(c.rank()).as("seed %d rank", SEED + 1).isEqualTo(eigenRank)
          .isEqualTo(k == low ? 7 : 49);
      assertReproduces(k, c.factor(), 1e-12, "A Aᵀ = K at rank " + c.rank());
      // λ̂₁ lies between the largest diagonal and λ₁, close to λ₁.
      double estimate = PivotedCholesky.largestEigenvalue(k);
      assertThat(estimate).isLessThanOrEqualTo(lambda[0] * (1 + 1e-12))
          .isGreaterThan(0.9 * lambda[0]);
    }
  }

  @Test
  void theSingleTolerancePassesFloatNoiseAsRankDeficiency() {
    Random rng = new Random(SEED + 2);
    ColumnMajor b = random(rng, 40, 9);
    ColumnMajor k = b.times(false, b, true);
    double[] noisy = k.a().clone();
    for (int i = 0; i < noisy.length; i++) {
      noisy[i] = (float) noisy[i];
    }
    PivotedCholesky c = PivotedCholesky.of(new ColumnMajor(40, 40, noisy),
        DualSide.EIGEN_TOLERANCE_SINGLE);
    assertThat(c.rank()).as("seed %d rank", SEED + 2).isEqualTo(9);
  }

  @Test
  void testCoordinatesReproduceTheCrossGram() {
    Random rng = new Random(SEED + 3);
    ColumnMajor ztr = random(rng, 30, 12);
    ColumnMajor zte = random(rng, 8, 12);
    ColumnMajor k = ztr.times(false, ztr, true);
    ColumnMajor cross = zte.times(false, ztr, true);
    PivotedCholesky c = PivotedCholesky.of(k, DualSide.EIGEN_TOLERANCE);
    assertThat(c.rank()).isEqualTo(12);
    ColumnMajor t = c.solveRows(cross);
    ColumnMajor back = t.times(false, c.factor(), true);
    for (int i = 0; i < cross.a().length; i++) {
      assertThat(back.a()[i]).as("seed %d T Aᵀ = K_te,tr", SEED + 3)
          .isCloseTo(cross.a()[i], within(1e-11 * maxAbs(cross)));
    }
  }

  @Test
  void anAllZeroMatrixHasRankZero() {
    PivotedCholesky c = PivotedCholesky.of(ColumnMajor.zeros(5, 5), DualSide.EIGEN_TOLERANCE);
    assertThat(c.rank()).isZero();
  }

  private static Table spectrum(AlignmentInput input, Map<String, String> options) {
    CrossDecompositionProvider p = new CrossDecompositionProvider();
    return GoldenCase.spectrum(p.create(org.brainalign.api.extension.Options.parse(p.id(),
        p.options(), options)).compare(input, RunContext.quiet(1)));
  }

  /**
   * The spectra of both factorizations agree: singular values within {@code svTol · s₁},
   * correlations within {@code corrTol · s₁ / s_k} on the ranks above 1e-6 s₁.
   */
  private static void assertSameSpectrum(AlignmentInput in, Map<String, String> options,
      double svTol, double corrTol, String what) {
    Map<String, String> eigen = new java.util.HashMap<>(options);
    eigen.put("fold-factor", "eigen");
    Table a = spectrum(in, options);
    Table b = spectrum(in, eigen);
    double[] sa = a.numbers("singular_value");
    double[] sb = b.numbers("singular_value");
    assertThat(sa).as(what + " ranks").hasSameSizeAs(sb);
    int compared = 0;
    for (int r = 0; r < sa.length; r++) {
      assertThat(sa[r]).as("%s singular value %d", what, r + 1).isCloseTo(sb[r], within(svTol * sb[0]));
      if (sb[r] > 1e-6 * sb[0]) {
        assertThat(a.numbers("correlation")[r]).as("%s correlation %d", what, r + 1)
            .isCloseTo(b.numbers("correlation")[r], within(corrTol * sb[0] / sb[r]));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(3);
  }

  @Test
  void choleskyAndEigenGiveTheSameSpectrumOnTheGoldenCases() {
    for (String name : List.of("wide-x", "wide-both", "kfold")) {
      GoldenCase c = new GoldenCase(name);
      boolean explicit = !name.equals("kfold");
      assertSameSpectrum(c.input(explicit), Map.of("route", "dual", "folds", "4"), 1e-12, 1e-11,
          name);
      // In single precision both cut the float noise at 1e-5 λ₁ but keep slightly different
      // residues of it: they agree to that noise (GramPrecisionTest allows 1e-6 against double).
      assertSameSpectrum(c.input(explicit), Map.of("route", "dual", "folds", "4",
          "gram-precision", "single"), 1e-7, 1e-6, name + " single");
    }
  }

  @Test
  void choleskyAndEigenGiveTheSameSpectrumOnRankDeficientFeatures() {
    Random rng = new Random(SEED + 4);
    // X of rank 15 spread over 300 columns, n = 80: K_tr is rank deficient well below n_tr - 1.
    ColumnMajor x = random(rng, 80, 15).times(false, random(rng, 15, 300), false);
    ColumnMajor y = random(rng, 80, 120);
    AlignmentInput in = new AlignmentInput(
        LabelledMatrix.unlabelled("X", DenseMatrix.of(rows(x))),
        LabelledMatrix.unlabelled("Y", DenseMatrix.of(rows(y))), List.of());
    assertSameSpectrum(in, Map.of("folds", "5"), 1e-12, 1e-10, "seed " + (SEED + 4));
  }

  private static double[][] rows(ColumnMajor m) {
    double[][] out = new double[m.rows()][m.cols()];
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < m.cols(); j++) {
        out[i][j] = m.get(i, j);
      }
    }
    return out;
  }
}
