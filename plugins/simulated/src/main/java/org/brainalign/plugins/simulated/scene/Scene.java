package org.brainalign.plugins.simulated.scene;

import java.util.List;

/**
 * Everything that defines one simulated image: global attributes (palette, texture family, patch
 * shape, patch count) and the local patches. Lengths are fractions of the image side.
 *
 * @param palette the colour scheme
 * @param texture the background texture family
 * @param textureAngles orientations (radians) of the background gratings: the first is used by
 *     STRIPES, the first and the first + π/2 by PLAID, all {@link Texture#NOISE_COMPONENTS} by NOISE
 * @param texturePhases phases (radians), one per entry of {@code textureAngles}
 * @param textureWavelength period of the background gratings, fraction of the side, [0.05, 0.12)
 * @param textureContrast amplitude of the background texture, in [0.04, 0.12)
 * @param shape the outline of every patch
 * @param patches 1 to 5 patches, drawn in order (later ones cover earlier ones)
 */
public record Scene(Palette palette, Texture texture, double[] textureAngles, double[] texturePhases,
    double textureWavelength, double textureContrast, Shape shape, List<Patch> patches) {

  public Scene {
    textureAngles = textureAngles.clone();
    texturePhases = texturePhases.clone();
    patches = List.copyOf(patches);
  }

  /** The same scene with other patches (layout changes at fixed global attributes). */
  public Scene withPatches(List<Patch> newPatches) {
    return new Scene(palette, texture, textureAngles, texturePhases, textureWavelength,
        textureContrast, shape, newPatches);
  }

  /** The same scene with another palette. */
  public Scene withPalette(Palette newPalette) {
    return new Scene(newPalette, texture, textureAngles, texturePhases, textureWavelength,
        textureContrast, shape, patches);
  }

  /** The same scene with another patch shape. */
  public Scene withShape(Shape newShape) {
    return new Scene(palette, texture, textureAngles, texturePhases, textureWavelength,
        textureContrast, newShape, patches);
  }

  /** Mean patch wavelength, fraction of the image side. */
  public double meanPatchWavelength() {
    double s = 0;
    for (Patch p : patches) {
      s += p.wavelength();
    }
    return s / patches.size();
  }
}
