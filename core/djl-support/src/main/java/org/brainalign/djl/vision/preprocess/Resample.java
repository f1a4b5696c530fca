package org.brainalign.djl.vision.preprocess;

import java.util.List;
import java.util.Locale;

/** How {@link ImageNetTransform} resizes: as PIL does on 8-bit pixels, or on float pixels. */
public enum Resample {
  /**
   * PIL's bilinear resize of 8-bit pixels ({@link PilBilinear}), what torchvision's
   * {@code Resize} does to PIL images: the field's standard pipeline, and the default.
   */
  PIL,
  /**
   * The same filter on float pixels, never rounded to 8 bits: torchvision's tensor path
   * ({@code interpolate(antialias=True)}); at most one 8-bit step away from {@link #PIL}.
   */
  FLOAT;

  /** The option value: {@code pil} or {@code float}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Option values, in documentation order. */
  public static List<String> ids() {
    return List.of(PIL.id(), FLOAT.id());
  }

  /** The mode named {@code id} ({@code pil} or {@code float}). */
  public static Resample of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
