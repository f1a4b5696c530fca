package org.brainalign.api.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.brainalign.api.table.Table;

/**
 * A spectrum: one value per rank k = 1 … r of the paired latent dimensions two representations
 * share (docs/method.md §2; Shen, Conwell &amp; Bonner 2024). A metric that produces one returns it as
 * {@link #table()} among its {@link AlignmentResult#tables()}; the host reads it back with
 * {@link AlignmentResult#spectrum()}, tabulates it in a study's {@code spectra.csv}, plots it and
 * puts it in the report. The column names below are declared here only.
 *
 * <p>Only {@code correlation} is required; every other column may be null (absent from the table,
 * an empty field or NaN where the host tabulates it). The arrays are held, not copied on read:
 * treat them as read-only.
 *
 * @param correlation the held-out correlation of the paired dimensions per rank, mean over folds
 * @param correlationSd its standard deviation across folds, or null
 * @param singularValue the training covariance per rank (singular value of the cross-covariance)
 * @param testCovariance the held-out covariance per rank, or null
 * @param nullQuantile the permutation null's quantile per rank, or null without permutations
 * @param pValue the permutation p-value per rank, or null
 * @param reliable whether rank k beats its null quantile, or null without permutations
 * @param ciLow the lower bootstrap confidence bound per rank, or null without bootstraps
 * @param ciHigh the upper bootstrap confidence bound per rank, or null without bootstraps
 */
public record Spectrum(double[] correlation, double[] correlationSd, double[] singularValue,
    double[] testCovariance, double[] nullQuantile, double[] pValue, boolean[] reliable,
    double[] ciLow, double[] ciHigh) {

  /** The table's name, written as {@code spectrum.csv}. */
  public static final String TABLE = "spectrum";
  public static final String RANK = "rank";
  public static final String CORRELATION = "correlation";
  public static final String CORRELATION_SD = "correlation_sd";
  public static final String SINGULAR_VALUE = "singular_value";
  public static final String TEST_COVARIANCE = "test_covariance";
  public static final String NULL_QUANTILE = "null_quantile";
  public static final String P_VALUE = "p_value";
  public static final String RELIABLE = "reliable";
  public static final String CI_LOW = "ci_low";
  public static final String CI_HIGH = "ci_high";

  /**
   * @throws IllegalArgumentException when {@code correlation} is null or a column's length is not
   *     the number of ranks
   */
  public Spectrum {
    Objects.requireNonNull(correlation, "correlation");
    int r = correlation.length;
    check(CORRELATION_SD, correlationSd, r);
    check(SINGULAR_VALUE, singularValue, r);
    check(TEST_COVARIANCE, testCovariance, r);
    check(NULL_QUANTILE, nullQuantile, r);
    check(P_VALUE, pValue, r);
    if (reliable != null && reliable.length != r) {
      throw new IllegalArgumentException("spectrum: column " + RELIABLE + " has "
          + reliable.length + " ranks, expected " + r + " (one per correlation)");
    }
    check(CI_LOW, ciLow, r);
    check(CI_HIGH, ciHigh, r);
  }

  /** A spectrum of correlations per rank, with their fold sd and singular values. */
  public static Spectrum of(double[] correlation, double[] correlationSd, double[] singularValue) {
    return new Spectrum(correlation, correlationSd, singularValue, null, null, null, null, null,
        null);
  }

  /** Reads a {@link #TABLE} table back (as a metric wrote it with {@link #table()}). */
  public static Spectrum of(Table t) {
    boolean[] reliable = null;
    int c = t.columnIndex(RELIABLE);
    if (c >= 0) {
      reliable = new boolean[t.rows().size()];
      for (int k = 0; k < reliable.length; k++) {
        reliable[k] = Boolean.TRUE.equals(t.rows().get(k).get(c));
      }
    }
    return read(name -> t.columnIndex(name) >= 0 ? t.numbers(name) : null, reliable);
  }

  /**
   * Reads a spectrum from numeric columns by name, as a {@code spectrum.csv} parsed to numbers
   * gives them ({@code reliable}: 1 true, 0 false).
   *
   * @throws IllegalArgumentException without a {@code correlation} column
   */
  public static Spectrum of(Map<String, double[]> columns) {
    double[] rel = columns.get(RELIABLE);
    boolean[] reliable = null;
    if (rel != null) {
      reliable = new boolean[rel.length];
      for (int k = 0; k < rel.length; k++) {
        reliable[k] = rel[k] > 0;
      }
    }
    return read(columns::get, reliable);
  }

  private static Spectrum read(Function<String, double[]> column, boolean[] reliable) {
    double[] corr = column.apply(CORRELATION);
    if (corr == null) {
      throw new IllegalArgumentException("spectrum: no '" + CORRELATION + "' column");
    }
    return new Spectrum(corr, column.apply(CORRELATION_SD), column.apply(SINGULAR_VALUE),
        column.apply(TEST_COVARIANCE), column.apply(NULL_QUANTILE), column.apply(P_VALUE),
        reliable, column.apply(CI_LOW), column.apply(CI_HIGH));
  }

  /** The number of ranks. */
  public int ranks() {
    return correlation.length;
  }

  /** Ranks 1 … r as doubles, the x axis of a plot. */
  public double[] rankAxis() {
    double[] out = new double[correlation.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = k + 1;
    }
    return out;
  }

  /** Value {@code k} (from 0) of a column, NaN when the column is absent. */
  public static double at(double[] column, int k) {
    return column == null ? Double.NaN : column[k];
  }

  /** Whether rank {@code k} (from 0) is reliable, null without a permutation null. */
  public Boolean reliableAt(int k) {
    return reliable == null ? null : reliable[k];
  }

  /** The leading reliable ranks (the shared dimensionality), empty without a permutation null. */
  public Optional<Integer> sharedDimensionality() {
    if (reliable == null) {
      return Optional.empty();
    }
    int k = 0;
    while (k < reliable.length && reliable[k]) {
      k++;
    }
    return Optional.of(k);
  }

  /**
   * The {@link #TABLE} table: {@code rank} then each present column in the order
   * correlation, correlation_sd, singular_value, test_covariance, null_quantile, p_value, reliable,
   * ci_low, ci_high.
   */
  public Table table() {
    List<String> columns = new ArrayList<>(List.of(RANK, CORRELATION));
    List<Object> present = new ArrayList<>();
    present.add(correlation);
    add(columns, present, CORRELATION_SD, correlationSd);
    add(columns, present, SINGULAR_VALUE, singularValue);
    add(columns, present, TEST_COVARIANCE, testCovariance);
    add(columns, present, NULL_QUANTILE, nullQuantile);
    add(columns, present, P_VALUE, pValue);
    add(columns, present, RELIABLE, reliable);
    add(columns, present, CI_LOW, ciLow);
    add(columns, present, CI_HIGH, ciHigh);
    List<List<Object>> rows = new ArrayList<>(correlation.length);
    for (int k = 0; k < correlation.length; k++) {
      List<Object> row = new ArrayList<>(columns.size());
      row.add(k + 1);
      for (Object column : present) {
        row.add(column instanceof boolean[] b ? (Object) b[k] : (Object) ((double[]) column)[k]);
      }
      rows.add(row);
    }
    return new Table(TABLE, columns, rows);
  }

  private static void add(List<String> columns, List<Object> present, String name, Object column) {
    if (column != null) {
      columns.add(name);
      present.add(column);
    }
  }

  private static void check(String name, double[] column, int ranks) {
    if (column != null && column.length != ranks) {
      throw new IllegalArgumentException("spectrum: column " + name + " has " + column.length
          + " ranks, expected " + ranks + " (one per correlation)");
    }
  }
}
