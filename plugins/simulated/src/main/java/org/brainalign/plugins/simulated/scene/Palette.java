package org.brainalign.plugins.simulated.scene;

import java.util.Locale;

/**
 * The overall colour scheme of an image: a background colour and two patch colours that each patch
 * mixes. One of the late ROI's global attributes. Colours are linear RGB in {@code [0, 1]}.
 */
public enum Palette {
  WARM(new double[] {0.55, 0.45, 0.35}, new double[] {0.90, 0.30, 0.20}, new double[] {0.95, 0.75, 0.20}),
  COOL(new double[] {0.35, 0.45, 0.60}, new double[] {0.20, 0.50, 0.90}, new double[] {0.30, 0.85, 0.85}),
  GREEN(new double[] {0.40, 0.55, 0.35}, new double[] {0.30, 0.80, 0.30}, new double[] {0.70, 0.85, 0.25}),
  GREY(new double[] {0.50, 0.50, 0.50}, new double[] {0.90, 0.90, 0.90}, new double[] {0.15, 0.15, 0.15});

  private final double[] background;
  private final double[] first;
  private final double[] second;

  Palette(double[] background, double[] first, double[] second) {
    this.background = background;
    this.first = first;
    this.second = second;
  }

  /** Background colour channel {@code c} (0 R, 1 G, 2 B). */
  public double background(int c) {
    return background[c];
  }

  /** Channel {@code c} of the patch colour {@code (1 - mix) * first + mix * second}, mix in [0, 1]. */
  public double patch(int c, double mix) {
    return (1 - mix) * first[c] + mix * second[c];
  }

  /** Lower-case name used in tables. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
