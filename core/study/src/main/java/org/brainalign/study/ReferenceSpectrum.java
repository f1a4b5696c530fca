package org.brainalign.study;

import java.util.List;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.metric.Spectrum;
import org.brainalign.api.table.Table;

/**
 * A reference's spectrum: one cross-decomposition's, or the rank-wise mean of a pair's two
 * (correlation, its across-fold sd, singular value and null quantile each averaged over the ranks
 * both have). A rank is reliable when its correlation exceeds its null quantile, as the metric
 * decides for one spectrum; the shared dimensionality is the number of leading reliable ranks.
 *
 * <p>The columns are {@link Spectrum}'s; this type adds the pair's mean.
 *
 * @param nullQuantile null for a metric run without permutations
 */
record ReferenceSpectrum(double[] correlation, double[] correlationSd, double[] singularValue,
    double[] nullQuantile) {

  /** The spectrum of one metric result (its {@code spectrum} table). */
  static ReferenceSpectrum of(AlignmentResult r) {
    Spectrum t = r.spectrum().orElseThrow(() -> new InvalidInputException("references: the "
        + "metric " + r.metric() + " gives no spectrum; references need a cross-decomposition"));
    return new ReferenceSpectrum(t.correlation(), t.correlationSd(), t.singularValue(),
        t.nullQuantile());
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
    boolean[] reliable = null;
    if (nullQuantile != null) {
      reliable = new boolean[correlation.length];
      for (int k = 0; k < reliable.length; k++) {
        reliable[k] = reliable(k);
      }
    }
    return new Spectrum(correlation, correlationSd, singularValue, null, nullQuantile, null,
        reliable, null, null).table();
  }
}
