package org.brainalign.plugins.simulated.random;

/**
 * Independent random streams derived from the dataset seed, so that any image or any subject's
 * tuning can be regenerated on its own (random access, any order, any thread).
 *
 * <p>A stream seed is the SplitMix64 finaliser (Steele, Lea &amp; Flood 2014) applied in turn to the
 * dataset seed, a purpose tag and two indices, truncated to the 32 bits that MT19937 seeding takes.
 * Integer arithmetic only: the same seed gives the same streams on every machine.
 */
public enum Streams {
  /** The scene of one image; indices (image, 0). */
  SCENE(0x5CE9EL),
  /** A subject's voxel tuning in one ROI; indices (subject, roi). */
  TUNING(0x7A11EL),
  /** A subject's trial noise in one ROI; indices (subject, roi). */
  NOISE(0x9015EL);

  private final long tag;

  Streams(long tag) {
    this.tag = tag;
  }

  /** The 32-bit seed of stream {@code (this, a, b)} under dataset seed {@code seed}. */
  public long seed(long seed, long a, long b) {
    long h = mix(seed ^ 0x6A09E667F3BCC909L);
    h = mix(h ^ tag);
    h = mix(h ^ a);
    h = mix(h ^ (b * 0x9E3779B97F4A7C15L));
    return h & 0xffffffffL;
  }

  /** A new {@link Draws} on stream {@code (this, a, b)}. */
  public Draws draws(long seed, long a, long b) {
    return new Draws(seed(seed, a, b));
  }

  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
