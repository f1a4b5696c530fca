package org.brainalign.plugins.simulated.filter;

/**
 * Local oriented contrast energy of one image: {@link FilterBank#CHANNELS} channels (scale-major:
 * channel {@code level * ORIENTATIONS + orientation}) on a {@code GRID × GRID} grid of positions.
 * Grid point {@code (gx, gy)} sits at fraction {@code ((gx + 0.5) / GRID, (gy + 0.5) / GRID)} of the
 * image. Values are non-negative.
 *
 * @param values row-major {@code (CHANNELS × GRID × GRID)}; shared, not copied
 */
public record EnergyMaps(double[] values) {
  private static final int PLANE = FilterBank.GRID * FilterBank.GRID;

  public EnergyMaps {
    if (values.length != FilterBank.CHANNELS * PLANE) {
      throw new IllegalArgumentException("expected " + FilterBank.CHANNELS * PLANE + " values, found "
          + values.length);
    }
  }

  /** Energy of {@code channel} at grid point {@code (gx, gy)}. */
  public double at(int channel, int gx, int gy) {
    return values[channel * PLANE + gy * FilterBank.GRID + gx];
  }

  /** The mean of {@code channel} over the whole grid: the position-invariant, pooled energy. */
  public double pooled(int channel) {
    double s = 0;
    for (int i = channel * PLANE, end = i + PLANE; i < end; i++) {
      s += values[i];
    }
    return s / PLANE;
  }
}
