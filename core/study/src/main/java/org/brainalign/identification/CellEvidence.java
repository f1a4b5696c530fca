package org.brainalign.identification;

/**
 * What one cell of a study (subject × ROI × layer × reducer × metric) says about its layer, from
 * its rows of {@code spectra.csv} and {@code scores.csv}.
 *
 * @param reducerAxis {@code none} for unreduced features, else the reducer's axis ({@code channel},
 *     {@code spatial}, ...)
 * @param reducerDim the reducer's target dimensionality, 0 without one
 * @param layerIndex 0-based depth of the layer in the model
 * @param leadingCorrelation {@link Criterion#leadingCorrelation} of the cell's spectrum, {@code NaN}
 *     without one
 * @param hasSpectrum whether the cell has a spectrum (its metric is then compared by
 *     {@link Criterion#LEADING_CORRELATION})
 * @param score the metric's headline score ({@code NaN} if it failed)
 * @param higherIsBetter whether larger scores mean closer alignment
 */
public record CellEvidence(String dataset, String subject, String roi, String metric, String layer,
    int layerIndex, String reducerAxis, long reducerDim, boolean hasSpectrum,
    double leadingCorrelation, double score, boolean higherIsBetter) {

  /** Unreduced features. */
  public boolean unreduced() {
    return "none".equals(reducerAxis);
  }
}
