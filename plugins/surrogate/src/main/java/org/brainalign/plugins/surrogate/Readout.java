package org.brainalign.plugins.surrogate;

import java.util.List;

/** How an ROI's voxels read their source layer. */
public enum Readout {
  /** A small Gaussian window of a low-dimensional channel mixture ({@code early}-like). */
  LOCAL,
  /** The spatial mean of a high-dimensional channel mixture ({@code late}-like). */
  POOLED;

  static final List<String> NAMES = List.of("local", "pooled");

  String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static Readout byId(String id) {
    return switch (id) {
      case "local" -> LOCAL;
      case "pooled" -> POOLED;
      default -> null;
    };
  }
}
