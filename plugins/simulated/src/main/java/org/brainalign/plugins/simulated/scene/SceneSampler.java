package org.brainalign.plugins.simulated.scene;

import java.util.ArrayList;
import java.util.List;
import org.brainalign.plugins.simulated.random.Draws;

/**
 * Draws scenes. The number of draws does not depend on earlier draws except through the patch
 * count, and each image has its own stream, so image {@code i} is the same whatever else is drawn.
 */
public final class SceneSampler {
  /** Largest number of patches in one image. */
  public static final int MAX_PATCHES = 5;

  private SceneSampler() {}

  /** Draws one scene from {@code d}. */
  public static Scene sample(Draws d) {
    Palette palette = Palette.values()[d.integer(Palette.values().length)];
    Texture texture = Texture.values()[d.integer(Texture.values().length)];
    Shape shape = Shape.values()[d.integer(Shape.values().length)];
    int count = 1 + d.integer(MAX_PATCHES);
    double[] angles = new double[Texture.NOISE_COMPONENTS];
    double[] phases = new double[Texture.NOISE_COMPONENTS];
    for (int k = 0; k < angles.length; k++) {
      angles[k] = d.uniform(0, Math.PI);
      phases[k] = d.uniform(0, 2 * Math.PI);
    }
    double textureWavelength = d.uniform(0.05, 0.12);
    double textureContrast = d.uniform(0.04, 0.12);
    List<Patch> patches = new ArrayList<>(count);
    for (int j = 0; j < count; j++) {
      double radius = d.uniform(0.07, 0.14);
      double x = d.uniform(radius, 1 - radius);
      double y = d.uniform(radius, 1 - radius);
      patches.add(new Patch(x, y, radius, d.uniform(0, Math.PI), d.uniform(0.04, 0.10),
          d.uniform(0, 2 * Math.PI), d.uniform(), d.uniform(0.25, 0.45)));
    }
    return new Scene(palette, texture, angles, phases, textureWavelength, textureContrast, shape,
        patches);
  }
}
