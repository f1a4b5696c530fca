package org.brainalign.plugins.simulated.scene;

import java.util.Locale;

/**
 * The outline of every patch in an image (the image's "category"): a global, position-invariant
 * attribute that needs the patch's shape, not its position, to read out.
 */
public enum Shape {
  DISK,
  SQUARE,
  RING;

  /** Lower-case name used in tables. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Coverage in {@code [0, 1]} of a pixel at offset {@code (dx, dy)} pixels from a patch centre of
   * radius {@code r} pixels, with a one-pixel linear ramp at the edge against aliasing.
   */
  public double coverage(double dx, double dy, double r) {
    return switch (this) {
      case DISK -> clamp(r - StrictMath.sqrt(dx * dx + dy * dy) + 0.5);
      case SQUARE -> clamp(0.886 * r - Math.max(Math.abs(dx), Math.abs(dy)) + 0.5);
      case RING -> {
        double d = StrictMath.sqrt(dx * dx + dy * dy);
        yield clamp(r - d + 0.5) * clamp(d - 0.55 * r + 0.5);
      }
    };
  }

  private static double clamp(double v) {
    return v < 0 ? 0 : Math.min(v, 1);
  }
}
