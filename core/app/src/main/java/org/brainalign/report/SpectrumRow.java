package org.brainalign.report;

/**
 * One rank of one cell's cross-decomposition spectrum (a row of {@code spectra.csv}).
 *
 * @param rank 1-based rank of the latent dimension
 * @param correlation held-out correlation at this rank, mean over folds
 * @param correlationSd standard deviation over folds ({@code NaN} when unknown)
 * @param nullQuantile permutation-null quantile at this rank ({@code NaN} without permutations)
 */
record SpectrumRow(Cell cell, int rank, double correlation, double correlationSd,
    double nullQuantile) {}
