package org.brainalign.report;

import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Formats an axis value x as the plain number 10^x (4 significant digits), e.g. −2 → 0.01. */
final class PowerOfTenFormat extends NumberFormat {
  private static final long serialVersionUID = 1L;

  @Override
  public StringBuffer format(double x, StringBuffer to, FieldPosition pos) {
    double v = Math.pow(10, x);
    return to.append(new BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros()
        .toPlainString());
  }

  @Override
  public StringBuffer format(long x, StringBuffer to, FieldPosition pos) {
    return format((double) x, to, pos);
  }

  /** Display only: parsing always fails, reported as {@link java.text.NumberFormat} does (null). */
  @Override
  public Number parse(String source, ParsePosition pos) {
    pos.setErrorIndex(pos.getIndex());
    return null;
  }
}
