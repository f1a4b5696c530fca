package org.brainalign.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * Log axes are labelled only at powers of ten, so an axis whose data lie within one decade
 * (e.g. correlations from 0.2 to 0.8) would show no numbers at all. This widens such an axis on
 * the nearer side (in log distance) to the next power of ten, so at least one label is shown.
 */
final class LogRanges {
  private LogRanges() {}

  /** Applies {@link #withPowerOfTen} to both axes of an XY chart where they are log axes. */
  static JFreeChart labelled(JFreeChart chart) {
    XYPlot plot = chart.getXYPlot();
    fix(plot.getDomainAxis());
    fix(plot.getRangeAxis());
    return chart;
  }

  private static void fix(ValueAxis axis) {
    if (axis instanceof LogAxis) {
      Range r = axis.getRange();
      Range wider = withPowerOfTen(r.getLowerBound(), r.getUpperBound());
      if (!wider.equals(r)) {
        axis.setRange(wider);
      }
    }
  }

  /**
   * [lo, hi] if it contains a power of ten, else widened to the nearer one.
   *
   * @param lo lower bound, &gt; 0
   * @param hi upper bound, ≥ lo
   */
  static Range withPowerOfTen(double lo, double hi) {
    if (!(lo > 0) || !(hi >= lo)) {
      return new Range(lo, hi);
    }
    double below = Math.pow(10, Math.floor(Math.log10(hi)));
    if (below >= lo * (1 - 1e-12)) {
      return new Range(lo, hi);
    }
    double above = below * 10;
    return Math.log10(lo / below) <= Math.log10(above / hi) ? new Range(below, hi)
        : new Range(lo, above);
  }
}
