package org.brainalign.djl.vision.preprocess;

import org.brainalign.api.extension.OptionChoice;

/**
 * How {@link ImageNetTransform} resizes: as PIL does on 8-bit pixels, or on float pixels; the
 * option words are {@code pil} and {@code float}.
 */
public enum Resample implements OptionChoice {
  /**
   * PIL's bilinear resize of 8-bit pixels ({@link PilBilinear}), what torchvision's
   * {@code Resize} does to PIL images: the field's standard pipeline, and the default.
   */
  PIL,
  /**
   * The same filter on float pixels, never rounded to 8 bits: torchvision's tensor path
   * ({@code interpolate(antialias=True)}); at most one 8-bit step away from {@link #PIL}.
   */
  FLOAT
}
