package org.brainalign.plugins.simulated.random;

import org.brainalign.api.split.NumpyRandom;

/**
 * Uniform, integer and Gaussian draws over one MT19937 stream, bit-identical on every machine.
 *
 * <p>The values equal numpy's legacy {@code RandomState(seed)}: {@link #uniform} is
 * {@code low + (high - low) * random_sample()}, {@link #integer} is {@code randint(0, n)} for
 * {@code n < 2^32}, and {@link #normal} is {@code standard_normal()} (Marsaglia's polar method with
 * numpy's caching of the second value). The logarithm is {@link StrictMath#log} (fdlibm), so Java
 * gives the same bits everywhere; numpy's C {@code log} may differ in the last place. Not thread-safe.
 */
public final class Draws {
  private final NumpyRandom random;
  private boolean hasSpare;
  private double spare;

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
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, found " + n);
    }
    return (int) random.interval(n - 1L);
  }

  /** A standard normal value. */
  public double normal() {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    double x1;
    double x2;
    double r2;
    do {
      x1 = 2.0 * random.nextDouble() - 1.0;
      x2 = 2.0 * random.nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    double f = StrictMath.sqrt(-2.0 * StrictMath.log(r2) / r2);
    spare = f * x1;
    hasSpare = true;
    return f * x2;
  }
}
