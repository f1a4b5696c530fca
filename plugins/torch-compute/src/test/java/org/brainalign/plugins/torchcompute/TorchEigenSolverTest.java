package org.brainalign.plugins.torchcompute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.SplittableRandom;
import org.brainalign.api.compute.SymmetricEigen;
import org.brainalign.api.compute.SymmetricEigenSolver;
import org.brainalign.api.extension.Options;
import org.brainalign.api.run.RunContext;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import smile.math.blas.EVDJob;
import smile.math.blas.LAPACK;
import smile.math.blas.Layout;
import smile.math.blas.UPLO;

/**
 * torch eigh (the shipped TorchScript module on DJL's CPU libtorch 2.7.1) against LAPACK dsyevd
 * (Smile's OpenBLAS), the metrics' default.
 *
 * <p>Eigenvalues must agree to {@code 1e-10} of the largest (measured: about 1e-14). Eigenvectors are
 * unique only up to sign, and only as a subspace within a repeated eigenvalue, so they are compared
 * as orthogonal projectors onto each eigenspace (cluster of equal eigenvalues) and through the
 * reconstruction {@code V diag(λ) Vᵀ = A}; both to {@code 1e-9} (measured: about 1e-14). The seed is printed on failure.
 */
class TorchEigenSolverTest {
  private static final long SEED = 20261126L;
  private static final double VALUES = 1e-10;
  private static final double VECTORS = 1e-9;
  private static SymmetricEigenSolver torch;

  @BeforeAll
  static void start() {
    TorchEigenSolverProvider p = new TorchEigenSolverProvider();
    torch = p.create(Options.parse(p.id(), p.options(), Map.of("device", "cpu")));
  }

  /** A = X Xᵀ, X (n × width) standard normal: full rank when width ≥ n, rank width otherwise. */
  private static double[] gram(int n, int width, long seed, boolean centre) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n * width];
    for (int i = 0; i < x.length; i++) {
      x[i] = gaussian(rng);
    }
    if (centre) {
      for (int c = 0; c < width; c++) {
        double m = 0;
        for (int r = 0; r < n; r++) {
          m += x[r * width + c];
        }
        for (int r = 0; r < n; r++) {
          x[r * width + c] -= m / n;
        }
      }
    }
    double[] a = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int c = 0; c < width; c++) {
          s += x[i * width + c] * x[j * width + c];
        }
        a[i + j * n] = s;
      }
    }
    return a;
  }

  private static double gaussian(SplittableRandom rng) {
    double u = 1 - rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
  }

  /** LAPACK dsyevd on the lower triangle, reordered to descending like Decompositions. */
  static SymmetricEigen lapack(int n, double[] a) {
    double[] m = a.clone();
    double[] w = new double[n];
    assertThat(LAPACK.engine.syevd(Layout.COL_MAJOR, EVDJob.VECTORS, UPLO.LOWER, n, m, n, w)).isZero();
    double[] values = new double[n];
    double[] vectors = new double[n * n];
    for (int j = 0; j < n; j++) {
      values[j] = w[n - 1 - j];
      System.arraycopy(m, (n - 1 - j) * n, vectors, j * n, n);
    }
    return new SymmetricEigen(values, vectors);
  }

  /** Compares torch with LAPACK on A and returns the worst errors, for the message. */
  private static void agree(int n, double[] a, String what) {
    double[] before = a.clone();
    SymmetricEigen t = torch.decompose(n, a, what, RunContext.quiet(2));
    SymmetricEigen l = lapack(n, a);
    String seed = what + " (seed " + SEED + ")";
    assertThat(a).as("input untouched: " + seed).isEqualTo(before);
    double top = Math.abs(l.values()[0]);
    double valueError = 0;
    for (int j = 0; j < n; j++) {
      valueError = Math.max(valueError, Math.abs(t.values()[j] - l.values()[j]) / top);
      if (j > 0) {
        assertThat(t.values()[j]).as("descending: " + seed).isLessThanOrEqualTo(t.values()[j - 1]);
      }
    }
    assertThat(valueError).as("eigenvalues vs LAPACK, relative to the largest: " + seed)
        .isLessThan(VALUES);
    // Eigenspaces: runs of eigenvalues within 1e-8 of the largest of each other.
    double projectorError = 0;
    for (int start = 0; start < n; ) {
      int end = start + 1;
      while (end < n && l.values()[end - 1] - l.values()[end] < 1e-8 * top) {
        end++;
      }
      projectorError = Math.max(projectorError, projectorDistance(n, t.vectors(), l.vectors(),
          start, end));
      start = end;
    }
    assertThat(projectorError).as("eigenspace projectors vs LAPACK: " + seed).isLessThan(VECTORS);
    double reconstruction = 0;
    for (int j = 0; j < n; j++) {
      for (int i = j; i < n; i++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += t.vectors()[i + k * n] * t.values()[k] * t.vectors()[j + k * n];
        }
        reconstruction = Math.max(reconstruction, Math.abs(s - a[i + j * n]) / top);
      }
    }
    assertThat(reconstruction).as("V diag(λ) Vᵀ = A: " + seed).isLessThan(VECTORS);
    System.out.printf("%s: n=%d, eigenvalues %.1e, projectors %.1e, reconstruction %.1e%n", what,
        n, valueError, projectorError, reconstruction);
  }

  /** Largest entry of |P_t − P_l|, P = V[:, start:end] V[:, start:end]ᵀ. */
  private static double projectorDistance(int n, double[] vt, double[] vl, int start, int end) {
    double worst = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double d = 0;
        for (int k = start; k < end; k++) {
          d += vt[i + k * n] * vt[j + k * n] - vl[i + k * n] * vl[j + k * n];
        }
        worst = Math.max(worst, Math.abs(d));
      }
    }
    return worst;
  }

  @Test
  void agreesWithLapackOnARandomPositiveDefiniteMatrix() {
    agree(150, gram(150, 200, SEED, false), "SPD 150 × 150");
  }

  @Test
  void agreesWithLapackOnARankDeficientCentredGram() {
    // Rank 29: like a training Gram matrix of 29 features, centred; 121 eigenvalues are ~0.
    agree(150, gram(150, 30, SEED + 1, true), "centred rank-29 Gram");
  }

  @Test
  void agreesWithLapackOnRepeatedEigenvalues() {
    int n = 40;
    // Q diag(λ) Qᵀ with λ = 5 (×4), 3 (×6), 1 (×30): eigenvectors are only defined as subspaces.
    double[] q = lapack(n, gram(n, n + 5, SEED + 2, false)).vectors();
    double[] lambda = new double[n];
    for (int k = 0; k < n; k++) {
      lambda[k] = k < 4 ? 5 : k < 10 ? 3 : 1;
    }
    double[] a = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += q[i + k * n] * lambda[k] * q[j + k * n];
        }
        a[i + j * n] = s;
      }
    }
    agree(n, a, "repeated eigenvalues");
  }

  @Test
  void readsOnlyTheLowerTriangleLikeLapack() {
    int n = 30;
    double[] a = gram(n, 40, SEED + 3, false);
    double[] lower = a.clone();
    for (int j = 1; j < n; j++) {
      for (int i = 0; i < j; i++) {
        lower[i + j * n] = 1e6 * (i - j); // above the diagonal: not A
      }
    }
    SymmetricEigen fromLower = torch.decompose(n, lower, "lower", RunContext.quiet(1));
    SymmetricEigen full = torch.decompose(n, a, "full", RunContext.quiet(1));
    assertThat(fromLower.values()).containsExactly(full.values(),
        Offset.offset(1e-12 * full.values()[0]));
  }

  @Test
  void smallOrders() {
    assertThat(torch.decompose(0, new double[0], "empty", RunContext.quiet(1)).n()).isZero();
    SymmetricEigen one = torch.decompose(1, new double[] {4.5}, "one", RunContext.quiet(1));
    assertThat(one.values()).containsExactly(4.5);
    assertThat(Math.abs(one.vectors()[0])).isEqualTo(1.0);
  }

  @Test
  void aNonFiniteEntryFailsNamingIt() {
    double[] a = gram(5, 6, SEED, false);
    a[3 + 1 * 5] = Double.NaN;
    assertThatThrownBy(() -> torch.decompose(5, a, "K_tr fold 2", RunContext.quiet(1)))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("K_tr fold 2")
        .hasMessageContaining("NaN").hasMessageContaining("(3, 1)");
  }

  @Test
  void saysWhereItRuns() {
    assertThat(torch.describe()).startsWith("torch eigh on cpu()").contains("PyTorch 2.7.1")
        .contains("float64");
  }
}
