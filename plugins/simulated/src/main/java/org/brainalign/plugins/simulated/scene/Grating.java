package org.brainalign.plugins.simulated.scene;

/**
 * A sinusoidal grating {@code cos(k (cos θ · x + sin θ · y) + φ)} on a {@code size × size} pixel grid,
 * evaluated at pixel centres through the angle-addition formula from per-column and per-row tables:
 * {@code 4 · size} calls to {@link StrictMath} instead of {@code size²}, and the same bits everywhere.
 */
final class Grating {
  private final double[] cosX;
  private final double[] sinX;
  private final double[] cosY;
  private final double[] sinY;

  /**
   * @param size pixels per side
   * @param orientation θ in radians
   * @param wavelength period in pixels
   * @param phase φ in radians
   */
  Grating(int size, double orientation, double wavelength, double phase) {
    double k = 2 * Math.PI / wavelength;
    double kx = k * StrictMath.cos(orientation);
    double ky = k * StrictMath.sin(orientation);
    cosX = new double[size];
    sinX = new double[size];
    cosY = new double[size];
    sinY = new double[size];
    for (int i = 0; i < size; i++) {
      double c = i + 0.5;
      cosX[i] = StrictMath.cos(kx * c);
      sinX[i] = StrictMath.sin(kx * c);
      cosY[i] = StrictMath.cos(ky * c + phase);
      sinY[i] = StrictMath.sin(ky * c + phase);
    }
  }

  /** The grating at column {@code x}, row {@code y}, in {@code [-1, 1]}. */
  double at(int x, int y) {
    return cosX[x] * cosY[y] - sinX[x] * sinY[y];
  }
}
