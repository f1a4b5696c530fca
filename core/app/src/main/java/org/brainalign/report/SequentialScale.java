package org.brainalign.report;

import java.awt.Paint;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The sequential colour map ({@link ColorMap#sequential}) over [lower, upper], using the map from 0
 * up to {@code top} (1 for heat maps; 0.9 where the colours are lines on white).
 */
record SequentialScale(double lower, double upper, double top) implements PaintScale {
  @Override
  public double getLowerBound() {
    return lower;
  }

  @Override
  public double getUpperBound() {
    return upper;
  }

  @Override
  public Paint getPaint(double value) {
    return ColorMap.sequential(top * (value - lower) / (upper - lower));
  }

  /**
   * This scale as a colour bar for the right of a chart, the report's one look for every bar.
   *
   * @param axis the bar's axis: its label, range and ticks
   */
  PaintScaleLegend colourBar(NumberAxis axis) {
    PaintScaleLegend bar = new PaintScaleLegend(this, axis);
    bar.setPosition(RectangleEdge.RIGHT);
    bar.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
    bar.setMargin(new RectangleInsets(10, 10, 10, 10));
    bar.setStripWidth(14);
    bar.setSubdivisionCount(64);
    return bar;
  }
}
