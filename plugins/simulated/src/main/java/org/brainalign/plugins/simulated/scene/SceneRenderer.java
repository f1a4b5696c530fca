package org.brainalign.plugins.simulated.scene;

import org.brainalign.api.model.RgbImage;

/**
 * Renders a {@link Scene} as an 8-bit RGB image.
 *
 * <p>Background: the palette's background colour plus {@code textureContrast · T(x, y)} on every
 * channel, where T is one grating (STRIPES), the mean of two orthogonal ones (PLAID) or the sum of six
 * divided by √6 (NOISE). Each patch: its colour plus {@code contrast / 2 ·} its grating, blended over
 * what is below with the shape's coverage. Values are clipped to {@code [0, 1]} and rounded to bytes.
 * Pure double arithmetic and {@link StrictMath}: the same bytes on every machine.
 */
public final class SceneRenderer {

  private SceneRenderer() {}

  /**
   * @param scene what to draw
   * @param size pixels per side (the image is square)
   * @return a {@code size × size} image
   */
  public static RgbImage render(Scene scene, int size) {
    double[][] rgb = new double[3][size * size];
    background(scene, size, rgb);
    for (Patch p : scene.patches()) {
      patch(scene, p, size, rgb);
    }
    byte[] pixels = new byte[size * size * 3];
    for (int i = 0; i < size * size; i++) {
      for (int c = 0; c < 3; c++) {
        double v = rgb[c][i];
        v = v < 0 ? 0 : Math.min(v, 1);
        pixels[3 * i + c] = (byte) (int) Math.floor(v * 255 + 0.5);
      }
    }
    return new RgbImage(size, size, pixels);
  }

  private static void background(Scene s, int size, double[][] rgb) {
    double wavelength = s.textureWavelength() * size;
    Grating[] g;
    double scale;
    switch (s.texture()) {
      case STRIPES -> {
        g = new Grating[] {new Grating(size, s.textureAngles()[0], wavelength, s.texturePhases()[0])};
        scale = 1;
      }
      case PLAID -> {
        g = new Grating[] {
            new Grating(size, s.textureAngles()[0], wavelength, s.texturePhases()[0]),
            new Grating(size, s.textureAngles()[0] + Math.PI / 2, wavelength, s.texturePhases()[1])};
        scale = 0.5;
      }
      case NOISE -> {
        g = new Grating[Texture.NOISE_COMPONENTS];
        for (int k = 0; k < g.length; k++) {
          g[k] = new Grating(size, s.textureAngles()[k], wavelength, s.texturePhases()[k]);
        }
        scale = 1 / StrictMath.sqrt(Texture.NOISE_COMPONENTS);
      }
      default -> throw new AssertionError(s.texture());
    }
    double amplitude = s.textureContrast() * scale;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double t = 0;
        for (Grating grating : g) {
          t += grating.at(x, y);
        }
        int i = y * size + x;
        for (int c = 0; c < 3; c++) {
          rgb[c][i] = s.palette().background(c) + amplitude * t;
        }
      }
    }
  }

  private static void patch(Scene s, Patch p, int size, double[][] rgb) {
    double cx = p.x() * size;
    double cy = p.y() * size;
    double r = p.radius() * size;
    Grating g = new Grating(size, p.orientation(), p.wavelength() * size, p.phase());
    int x0 = Math.max(0, (int) Math.floor(cx - r - 1));
    int x1 = Math.min(size - 1, (int) Math.ceil(cx + r + 1));
    int y0 = Math.max(0, (int) Math.floor(cy - r - 1));
    int y1 = Math.min(size - 1, (int) Math.ceil(cy + r + 1));
    double[] colour = new double[3];
    for (int c = 0; c < 3; c++) {
      colour[c] = s.palette().patch(c, p.mix());
    }
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        double alpha = s.shape().coverage(x + 0.5 - cx, y + 0.5 - cy, r);
        if (alpha <= 0) {
          continue;
        }
        double modulation = 0.5 * p.contrast() * g.at(x, y);
        int i = y * size + x;
        for (int c = 0; c < 3; c++) {
          rgb[c][i] = (1 - alpha) * rgb[c][i] + alpha * (colour[c] + modulation);
        }
      }
    }
  }
}
