package org.brainalign.report;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A chart as an {@code <svg>} element to paste into HTML: no XML prolog, a view box instead of a
 * fixed size (so it scales with the page), and ids prefixed so that several charts on one page do
 * not share clip paths.
 */
final class InlineSvg {
  private InlineSvg() {}

  /**
   * @param id unique on the page; becomes the element's id and the prefix of its definitions
   */
  static String of(JFreeChart chart, int width, int height, String id) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(id + "-");
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    return g.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
  }
}
