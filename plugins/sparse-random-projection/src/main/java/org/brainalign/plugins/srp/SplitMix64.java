package org.brainalign.plugins.srp;

/**
 * The SplitMix64 mixing function (Steele, Lea and Flood 2014), used as a counter-based generator:
 * draw n of stream {@code key} is {@code mix(key + n·GAMMA)}, so any draw of any stream can be
 * computed directly, in any order and on any thread, with the same bits.
 */
final class SplitMix64 {

  /** The odd Weyl increment 2^64 / φ. */
  static final long GAMMA = 0x9e3779b97f4a7c15L;

  private SplitMix64() {}

  /** SplitMix64's finaliser (Stafford's Mix13): a bijection on 64-bit words. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Draw {@code n} (n ≥ 1) of the stream keyed by {@code key}. */
  static long draw(long key, long n) {
    return mix(key + n * GAMMA);
  }

  /** A uniform double in (0, 1] from the top 53 bits of a draw. */
  static double unitOpenClosed(long w) {
    return ((w >>> 11) + 1) * 0x1.0p-53;
  }
}
