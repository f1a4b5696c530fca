package org.brainalign.report;

import java.awt.Color;

/**
 * Colours for plots: a sequential map for ordered values (layer depth, reducer dimension) and a
 * categorical palette for unordered ones (metrics).
 *
 * <p>The sequential map interpolates matplotlib's perceptually uniform {@code viridis} at nine
 * stops (dark purple → yellow), so depth reads from dark to light and survives greyscale printing.
 */
final class ColorMap {
  private static final int[] VIRIDIS = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c,
      0x28ae80, 0x5ec962, 0xaddc30, 0xfde725};
  private static final int[] CATEGORICAL = {0x1f77b4, 0xd62728, 0x2ca02c, 0xff7f0e, 0x9467bd,
      0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};

  private ColorMap() {}

  /** The sequential colour at t in [0, 1] (clamped; NaN is grey). */
  static Color sequential(double t) {
    if (Double.isNaN(t)) {
      return Color.GRAY;
    }
    double x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
    int i = Math.min((int) Math.floor(x), VIRIDIS.length - 2);
    double f = x - i;
    Color a = new Color(VIRIDIS[i]);
    Color b = new Color(VIRIDIS[i + 1]);
    return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
        mix(a.getBlue(), b.getBlue(), f));
  }

  /**
   * The colour of item i of n ordered items, for lines on white: the lightest tenth of the map is
   * left out so the last line stays visible.
   */
  static Color ordered(int i, int n) {
    return sequential(n <= 1 ? 0 : 0.9 * i / (n - 1));
  }

  /** The i-th categorical colour (cycling). */
  static Color category(int i) {
    return new Color(CATEGORICAL[Math.floorMod(i, CATEGORICAL.length)]);
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round(a + (b - a) * f);
  }
}
