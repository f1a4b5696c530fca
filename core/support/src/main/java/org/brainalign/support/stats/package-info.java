/**
 * Small statistics shared by the host and the metric plugins, each in one tested place: moments
 * ({@link org.brainalign.support.stats.Moments}), Pearson and Spearman correlation
 * ({@link org.brainalign.support.stats.Correlation}), average ranks
 * ({@link org.brainalign.support.stats.Ranks}), numpy's default quantile
 * ({@link org.brainalign.support.stats.Quantiles}) and column scaling of row-major matrices
 * ({@link org.brainalign.support.stats.ColumnScaling}), and NSD's noise ceiling from repeated trials
 * ({@link org.brainalign.support.stats.NoiseCeiling}).
 *
 * <p>Smile's {@code MathEx} is used where it computes exactly the same numbers ({@code mean}: a plain
 * left-to-right sum divided by n). Its {@code var}, {@code sd}, {@code cor} and {@code spearman} use
 * the one-pass formula {@code Σx²/(n−1) − mean·Σx/(n−1)} (different rounding, cancellation for data
 * far from 0) and refuse fewer than 2 or 3 values, so the two-pass versions here are kept.
 */
package org.brainalign.support.stats;
