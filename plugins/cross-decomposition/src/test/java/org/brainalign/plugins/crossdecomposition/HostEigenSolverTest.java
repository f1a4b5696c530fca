package org.brainalign.plugins.crossdecomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.brainalign.api.compute.SymmetricEigen;
import org.brainalign.api.compute.SymmetricEigenSolver;
import org.brainalign.api.extension.Options;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.run.ForwardingRunContext;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.table.Table;
import org.junit.jupiter.api.Test;

/**
 * The dual route decomposes K_tr with the eigensolver the host offers ({@link
 * SymmetricEigenSolver#offeredBy}, e.g. torch) instead of its own LAPACK, once per fold, and the spectrum
 * does not depend on which: here the host's solver is LAPACK with every other eigenvector negated
 * (an equally valid decomposition), and the spectra agree to 1e-10 on every rank above the
 * numerical noise (s_k > 1e-6 s_1). The primal route never asks for it.
 */
class HostEigenSolverTest {

  /** LAPACK, with the sign of every other eigenvector flipped; counts its calls. */
  private static final class FlippingSolver implements SymmetricEigenSolver {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public SymmetricEigen decompose(int n, double[] a, String label, RunContext context) {
      calls.incrementAndGet();
      Decompositions.SymmetricEigen e = Decompositions.symmetricEigen(new ColumnMajor(n, n, a));
      double[] v = e.vectors().a().clone();
      for (int j = 1; j < n; j += 2) {
        for (int i = 0; i < n; i++) {
          v[i + j * n] = -v[i + j * n];
        }
      }
      return new SymmetricEigen(e.values(), v);
    }

    @Override
    public String describe() {
      return "flipping LAPACK";
    }
  }

  /** A quiet context that offers {@code solver}. */
  private static final class Offering extends ForwardingRunContext {
    private final SymmetricEigenSolver solver;

    Offering(RunContext base, SymmetricEigenSolver solver) {
      super(base);
      this.solver = solver;
    }

    @Override
    public <T> Optional<T> offered(Class<T> type) {
      return type == SymmetricEigenSolver.class ? Optional.of(type.cast(solver)) : Optional.empty();
    }
  }

  private static Table spectrum(AlignmentInput input, Map<String, String> options,
      RunContext context) {
    CrossDecompositionProvider p = new CrossDecompositionProvider();
    return GoldenCase.spectrum(p.create(Options.parse(p.id(),
        p.options(), options)).compare(input, context));
  }

  @Test
  void theDualRouteUsesTheHostSolverOncePerFoldAndGivesTheSameSpectrum() {
    GoldenCase c = new GoldenCase("wide-x");
    Map<String, String> options = Map.of("folds", "4", "route", "dual");
    FlippingSolver solver = new FlippingSolver();
    Table host = spectrum(c.input(false), options, new Offering(RunContext.quiet(1), solver));
    Table own = spectrum(c.input(false), options, RunContext.quiet(1));
    // X on the dual route (and Y too when it is wide): one K_tr per side and fold.
    assertThat(solver.calls.get()).isIn(4, 8);
    double[] a = host.numbers("correlation");
    double[] b = own.numbers("correlation");
    double[] s = own.numbers("singular_value");
    assertThat(a).hasSameSizeAs(b);
    int compared = 0;
    for (int k = 0; k < a.length; k++) {
      assertThat(host.numbers("singular_value")[k]).as("singular value, row %d", k)
          .isCloseTo(s[k], within(1e-10 * s[0]));
      if (s[k] > 1e-6 * s[0]) {
        assertThat(a[k]).as("correlation, row %d", k).isCloseTo(b[k], within(1e-10));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(3);
  }

  @Test
  void thePrimalRouteNeverAsksForIt() {
    GoldenCase c = new GoldenCase("wide-x");
    FlippingSolver solver = new FlippingSolver();
    spectrum(c.input(true), Map.of("route", "primal"), new Offering(RunContext.quiet(1), solver));
    assertThat(solver.calls.get()).isZero();
  }
}
