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

  /** A number for a table: integers as such, others with 4 significant digits, NaN as empty. */
  static String number(String text) {
    try {
      double v = Double.parseDouble(text);
      if (Double.isNaN(v)) {
        return "";
      }
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        return Long.toString((long) v);
      }
      return String.format(java.util.Locale.ROOT, "%.4g", v);
    } catch (NumberFormatException e) {
      return text;
    }
  }
}
