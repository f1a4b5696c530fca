package org.brainalign.plugins.simulated.random;

import org.brainalign.support.split.NumpyRandom;

/**
 * Uniform, integer and Gaussian draws over one MT19937 stream, bit-identical on every machine.
 *
 * <p>The values equal numpy's legacy {@code RandomState(seed)}: {@link #uniform} is
 * {@code low + (high - low) * random_sample()}, {@link #integer} is {@code randint(0, n)} for
 * {@code n < 2^32}, and {@link #normal} is {@code standard_normal()}, all drawn by the shared
 * {@link NumpyRandom}. Not thread-safe.
 */
public final class Draws {
  private final NumpyRandom random;

  /**
   * @param seed a stream seed in {@code [0, 2^32)}, usually from {@link Streams#seed}
   */
  public Draws(long seed) {
    this.random = new NumpyRandom(seed);
  }

  /** A uniform double in {@code [0, 1)}. */
  public double uniform() {
    return random.nextDouble();
  }

  /** A uniform double in {@code [low, high)}. */
  public double uniform(double low, double high) {
    return low + (high - low) * random.nextDouble();
  }

  /** A uniform integer in {@code [0, n)}, {@code 1 <= n < 2^32}. */
  public int integer(int n) {
    return (int) random.randint(n);
  }

  /** A standard normal value. */
  public double normal() {
    return random.standardNormal();
  }
}
