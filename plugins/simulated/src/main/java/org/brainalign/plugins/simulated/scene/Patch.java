package org.brainalign.plugins.simulated.scene;

/**
 * One localised grating patch. Lengths are fractions of the image side, so a scene renders at any
 * size.
 *
 * @param x centre, fraction of the width from the left edge, in {@code [radius, 1 - radius]}
 * @param y centre, fraction of the height from the top edge, in {@code [radius, 1 - radius]}
 * @param radius fraction of the image side, in {@code [0.07, 0.14)}
 * @param orientation grating orientation in radians, in {@code [0, π)}
 * @param wavelength grating period, fraction of the image side, in {@code [0.04, 0.10)}
 * @param phase grating phase in radians, in {@code [0, 2π)}
 * @param mix where the colour lies between the palette's two patch colours, in {@code [0, 1)}
 * @param contrast grating amplitude around the patch colour, in {@code [0.25, 0.45)}
 */
public record Patch(double x, double y, double radius, double orientation, double wavelength,
    double phase, double mix, double contrast) {

  /** The same patch centred at {@code (newX, newY)}. */
  public Patch movedTo(double newX, double newY) {
    return new Patch(newX, newY, radius, orientation, wavelength, phase, mix, contrast);
  }
}
