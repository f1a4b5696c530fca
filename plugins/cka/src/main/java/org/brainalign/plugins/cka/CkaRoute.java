package org.brainalign.plugins.cka;

import java.util.Optional;
import org.brainalign.api.matrix.CentredGram;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.geometry.gram.Gram;
import org.brainalign.geometry.gram.RowBlocks;
import smile.math.blas.BLAS;
import smile.math.blas.Layout;
import smile.math.blas.Transpose;

/**
 * The three Frobenius inner products CKA needs, {@code ‖XcᵀYc‖²}, {@code ‖XcᵀXc‖} and
 * {@code ‖YcᵀYc‖}, computed one of two equivalent ways (tr(Kc Lc) = ‖XcᵀYc‖²_F for Kc = Xc Xcᵀ,
 * Lc = Yc Ycᵀ).
 */
enum CkaRoute {
  /** Cross-covariances in feature space: cost n(p² + q² + pq), memory p² + q² + pq. */
  FEATURES("features"),
  /** Gram matrices of the stimuli: cost n²(p + q), memory 2n²; p and q may be huge. */
  GRAM("gram");

  private final String id;

  CkaRoute(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  /** The cheaper route: Gram matrices when either side has more columns than there are stimuli. */
  static CkaRoute choose(int n, int p, int q) {
    return Math.max(p, q) > n ? GRAM : FEATURES;
  }

  /**
   * @return {@code {‖XcᵀYc‖²_F, ‖XcᵀXc‖_F, ‖YcᵀYc‖_F}}
   */
  double[] products(LabelledMatrix x, LabelledMatrix y, int[] rows, long memoryBudget,
      RunContext context) {
    if (this == GRAM) {
      double[] k = centredGram(x, rows, memoryBudget, context);
      double[] l = centredGram(y, rows, memoryBudget, context);
      double kl = 0;
      double kk = 0;
      double ll = 0;
      for (int i = 0; i < k.length; i++) {
        kl += k[i] * l[i];
        kk += k[i] * k[i];
        ll += l[i] * l[i];
      }
      return new double[] {kl, Math.sqrt(kk), Math.sqrt(ll)};
    }
    double[] mx = Centred.columnMeans(x, rows, memoryBudget);
    double[] my = Centred.columnMeans(y, rows, memoryBudget);
    int n = rows.length;
    int p = x.columns();
    int q = y.columns();
    double[] xc = RowBlocks.read(x.data(), rows, 0, n);
    double[] yc = RowBlocks.read(y.data(), rows, 0, n);
    Centred.subtracting(mx).apply(xc, n, p, 0);
    Centred.subtracting(my).apply(yc, n, q, 0);
    return new double[] {square(crossProduct(xc, yc, n, p, q)),
        Math.sqrt(square(crossProduct(xc, xc, n, p, p))),
        Math.sqrt(square(crossProduct(yc, yc, n, q, q)))};
  }

  /**
   * Kc of the given rows: the host's cached Gram matrix when the matrix supplies one and all rows are
   * used in order (the usual study cell), otherwise computed here.
   */
  private static double[] centredGram(LabelledMatrix m, int[] rows, long memoryBudget,
      RunContext context) {
    Optional<CentredGram> supplied = m.data().suppliedGram();
    if (supplied.isPresent() && isAllRows(rows, m.rows())) {
      return supplied.get().centredGram(context).data();
    }
    double[] mean = Centred.columnMeans(m, rows, memoryBudget);
    return Gram.of(m.data(), rows, Centred.subtracting(mean), memoryBudget);
  }

  private static boolean isAllRows(int[] rows, int n) {
    if (rows.length != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (rows[i] != i) {
        return false;
      }
    }
    return true;
  }

  /** Aᵀ B for row-major A {@code (n × a)} and B {@code (n × b)}. */
  private static double[] crossProduct(double[] a, double[] b, int n, int ca, int cb) {
    double[] c = new double[ca * cb];
    if (n > 0 && ca > 0 && cb > 0) {
      BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.TRANSPOSE, Transpose.NO_TRANSPOSE, ca, cb, n, 1.0,
          a, ca, b, cb, 0.0, c, cb);
    }
    return c;
  }

  private static double square(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return s;
  }
}
