package org.brainalign.study;

import java.util.ArrayList;
import java.util.List;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.table.Table;

/**
 * A reference's spectrum: one cross-decomposition's, or the rank-wise mean of a pair's two
 * (correlation, its across-fold sd, singular value and null quantile each averaged over the ranks
 * both have). A rank is reliable when its correlation exceeds its null quantile, as the metric
 * decides for one spectrum; the shared dimensionality is the number of leading reliable ranks.
 *
 * @param nullQuantile null for a metric run without permutations
 */
record ReferenceSpectrum(double[] correlation, double[] correlationSd, double[] singularValue,
    double[] nullQuantile) {

  /** The spectrum of one metric result (its {@code spectrum} table). */
  static ReferenceSpectrum of(AlignmentResult r) {
    Table t = r.table("spectrum").orElseThrow(() -> new InvalidInputException("references: the "
        + "metric " + r.metric() + " gives no spectrum; references need a cross-decomposition"));
    return new ReferenceSpectrum(t.numbers("correlation"), t.numbers("correlation_sd"),
        t.numbers("singular_value"), t.columns().contains("null_quantile")
        ? t.numbers("null_quantile") : null);
  }

  /** The rank-wise mean over the ranks every spectrum has (one spectrum: itself). */
  static ReferenceSpectrum mean(List<ReferenceSpectrum> spectra) {
    if (spectra.size() == 1) {
      return spectra.get(0);
    }
    int ranks = spectra.stream().mapToInt(s -> s.correlation.length).min().orElse(0);
    boolean nulls = spectra.stream().allMatch(s -> s.nullQuantile != null);
    double[][] out = new double[4][ranks];
    for (ReferenceSpectrum s : spectra) {
      for (int k = 0; k < ranks; k++) {
        out[0][k] += s.correlation[k] / spectra.size();
        out[1][k] += s.correlationSd[k] / spectra.size();
        out[2][k] += s.singularValue[k] / spectra.size();
        if (nulls) {
          out[3][k] += s.nullQuantile[k] / spectra.size();
        }
      }
    }
    return new ReferenceSpectrum(out[0], out[1], out[2], nulls ? out[3] : null);
  }

  /** Whether rank k (from 0) is reliable; null without a null distribution. */
  Boolean reliable(int k) {
    return nullQuantile == null ? null : correlation[k] > nullQuantile[k];
  }

  /** The number of leading reliable ranks, or null without a null distribution. */
  Integer sharedDimensionality() {
    if (nullQuantile == null) {
      return null;
    }
    int k = 0;
    while (k < correlation.length && reliable(k)) {
      k++;
    }
    return k;
  }

  /** The headline number, as cross-decomposition names it. */
  double score() {
    Integer d = sharedDimensionality();
    return d != null ? d : correlation.length == 0 ? Double.NaN : correlation[0];
  }

  String scoreName() {
    return nullQuantile != null ? "shared_dimensionality" : "correlation_rank1";
  }

  /** {@code spectrum.csv}: rank, correlation, correlation_sd, singular_value[, null_quantile, reliable]. */
  Table table() {
    List<String> columns = new ArrayList<>(List.of("rank", "correlation", "correlation_sd",
        "singular_value"));
    if (nullQuantile != null) {
      columns.addAll(List.of("null_quantile", "reliable"));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int k = 0; k < correlation.length; k++) {
      List<Object> row = new ArrayList<>(List.of(k + 1, correlation[k], correlationSd[k],
          singularValue[k]));
      if (nullQuantile != null) {
        row.addAll(List.of(nullQuantile[k], reliable(k)));
      }
      rows.add(row);
    }
    return new Table("spectrum", columns, rows);
  }
}
