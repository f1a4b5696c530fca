package org.brainalign.report;

import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

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
}
