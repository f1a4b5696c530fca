package org.brainalign.report;

import org.jfree.chart.JFreeChart;

/**
 * One figure of the report.
 *
 * @param name file stem under {@code plots/} (letters, digits and dashes)
 * @param caption what the figure shows, for the HTML page
 * @param chart the chart, drawn at {@code width × height} points
 */
record Figure(String name, String caption, JFreeChart chart, int width, int height) {

  /** Spectra are drawn at this size (points). */
  static final int WIDTH = 720;
  static final int HEIGHT = 460;

  static Figure spectrum(String name, String caption, JFreeChart chart) {
    return new Figure(name, caption, chart, WIDTH, HEIGHT);
  }

  /** Lower-case letters, digits and single dashes, for file names. */
  static String slug(String s) {
    String t = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return t.isEmpty() ? "x" : t;
  }
}
