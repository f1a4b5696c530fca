package org.brainalign.plot;

import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * A symmetric-log scale for correlations, so that negative and zero values are drawn instead of
 * dropped as on a log axis: {@code t(y) = y / c} for {@code |y| < c}, else
 * {@code sign(y) (1 + log10(|y| / c))}, with the linear threshold {@code c = 0.01}. Integer values
 * of t are the ticks 0, ±0.01, ±0.1, ±1.
 */
public final class SymLog {
  /** Below this magnitude the scale is linear. */
  public static final double THRESHOLD = 0.01;

  private SymLog() {}

  /** The plotted coordinate of correlation {@code y} (NaN stays NaN). */
  public static double forward(double y) {
    double a = Math.abs(y);
    if (a < THRESHOLD) {
      return y / THRESHOLD;
    }
    return Math.signum(y) * (1 + Math.log10(a / THRESHOLD));
  }

  /** The correlation at plotted coordinate {@code t}. */
  public static double inverse(double t) {
    double a = Math.abs(t);
    if (a < 1) {
      return t * THRESHOLD;
    }
    return Math.signum(t) * THRESHOLD * Math.pow(10, a - 1);
  }

  /** Tick labels in correlation units for an axis drawn in plotted coordinates. */
  static NumberFormat labels() {
    DecimalFormat plain = new DecimalFormat("0.###");
    return new NumberFormat() {
      private static final long serialVersionUID = 1L;

      @Override
      public StringBuffer format(double t, StringBuffer b, FieldPosition p) {
        return plain.format(inverse(t), b, p);
      }

      @Override
      public StringBuffer format(long t, StringBuffer b, FieldPosition p) {
        return format((double) t, b, p);
      }

      @Override
      public Number parse(String s, ParsePosition p) {
        Number n = plain.parse(s, p);
        return n == null ? null : forward(n.doubleValue());
      }
    };
  }
}
