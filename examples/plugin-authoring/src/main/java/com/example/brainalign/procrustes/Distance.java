package com.example.brainalign.procrustes;

import org.brainalign.api.extension.OptionChoice;

/**
 * The {@code distance} option: its words ({@code angular}, {@code euclidean}) are the constants'
 * names in lower case, so the enum declares the choice once.
 */
enum Distance implements OptionChoice {
  /** arccos of the nuclear norm of XᵀY, in [0, π/2]. */
  ANGULAR,
  /** The least Frobenius distance after rotating Y, in [0, √2]. */
  EUCLIDEAN
}
