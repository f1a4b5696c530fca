package org.brainalign.plugins.surrogate;

import java.util.ArrayList;
import java.util.List;

/** The column span of an (n × p) matrix by modified Gram–Schmidt, for rank and R² checks. */
final class Span {
  final List<double[]> basis = new ArrayList<>();
  final int n;

  /** Columns of row-major {@code (n × p)} x, plus a constant column. */
  Span(double[] x, int n, int p) {
    this.n = n;
    double[] one = new double[n];
    java.util.Arrays.fill(one, 1);
    add(one);
    for (int j = 0; j < p; j++) {
      double[] c = new double[n];
      for (int i = 0; i < n; i++) {
        c[i] = x[i * p + j];
      }
      add(c);
    }
  }

  private void add(double[] c) {
    double norm0 = Math.sqrt(dot(c, c));
    for (double[] b : basis) {
      double t = dot(c, b);
      for (int i = 0; i < n; i++) {
        c[i] -= t * b[i];
      }
    }
    double norm = Math.sqrt(dot(c, c));
    if (norm > 1e-9 * Math.max(norm0, 1e-300)) {
      for (int i = 0; i < n; i++) {
        c[i] /= norm;
      }
      basis.add(c);
    }
  }

  /** Rank, not counting the constant column. */
  int rank() {
    return basis.size() - 1;
  }

  /** R² of least squares of y on the span. */
  double r2(double[] y) {
    double[] r = y.clone();
    double mean = 0;
    for (double v : y) {
      mean += v / n;
    }
    double total = 0;
    for (double v : y) {
      total += (v - mean) * (v - mean);
    }
    for (double[] b : basis) {
      double t = dot(r, b);
      for (int i = 0; i < n; i++) {
        r[i] -= t * b[i];
      }
    }
    return 1 - dot(r, r) / total;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Column j of row-major (n × q) m. */
  static double[] column(double[] m, int n, int q, int j) {
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = m[i * q + j];
    }
    return c;
  }
}
