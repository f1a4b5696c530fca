package org.brainalign.report;

/** Escaping for text placed in HTML elements and attribute values. */
final class Html {
  private Html() {}

  static String escape(Object o) {
    String s = String.valueOf(o);
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static boolean isNumber(String text) {
    try {
      Double.parseDouble(text);
      return !text.isEmpty();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * A number for people: integers as such, others to 4 significant digits without trailing zeros
   * (scientific notation below 10⁻⁴), NaN as empty; text that is not a number is returned as is.
   */
  static String number(String text) {
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return text;
    }
    if (Double.isNaN(v)) {
      return "";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "−∞";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    if (Math.abs(v) < 1e-4) {
      return String.format(java.util.Locale.ROOT, "%.3e", v);
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros()
        .toPlainString();
  }
}
