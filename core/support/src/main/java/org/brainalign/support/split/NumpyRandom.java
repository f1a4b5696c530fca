package org.brainalign.support.split;

/**
 * The Mersenne Twister MT19937 with numpy's legacy {@code RandomState} seeding, bounded draws,
 * standard normals and shuffle, so that {@code new NumpyRandom(s).permutation(n)} equals
 * {@code numpy.random.RandomState(s).permutation(n)} element for element.
 *
 * <p>That makes fold assignments identical to scikit-learn's
 * {@code KFold(shuffle=True, random_state=s)} and lets any run be replayed in Python. Not thread-safe:
 * one instance per stream.
 */
public final class NumpyRandom {
  private static final int N = 624;
  private static final int M = 397;
  private final int[] mt = new int[N];
  private int pos;
  // numpy's legacy gauss cache: the polar method makes two normals, the second is kept for next time.
  private boolean hasGauss;
  private double gauss;

  /**
   * @param seed a value in {@code [0, 2^32)}, as numpy requires
   */
  public NumpyRandom(long seed) {
    if (seed < 0 || seed > 0xffffffffL) {
      throw new IllegalArgumentException("seed must be in [0, 2^32 - 1], found " + seed);
    }
    long s = seed;
    for (int i = 0; i < N; i++) {
      mt[i] = (int) s;
      s = (1812433253L * (s ^ (s >>> 30)) + i + 1) & 0xffffffffL;
    }
    pos = N;
  }

  private void twist() {
    for (int i = 0; i < N; i++) {
      int y = (mt[i] & 0x80000000) | (mt[(i + 1) % N] & 0x7fffffff);
      int next = mt[(i + M) % N] ^ (y >>> 1);
      if ((y & 1) != 0) {
        next ^= 0x9908b0df;
      }
      mt[i] = next;
    }
    pos = 0;
  }

  /** The next 32 random bits, as an unsigned value in a long. */
  public long nextUint32() {
    if (pos >= N) {
      twist();
    }
    int y = mt[pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y & 0xffffffffL;
  }

  /** A uniform double in [0, 1) with 53 random bits, as {@code RandomState.random_sample}. */
  public double nextDouble() {
    long a = nextUint32() >>> 5;
    long b = nextUint32() >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }

  /** A uniform integer in {@code [0, max]} by masked rejection, as numpy's {@code random_interval}. */
  public long interval(long max) {
    if (max == 0) {
      return 0;
    }
    if (max < 0 || max > 0xffffffffL) {
      throw new IllegalArgumentException("max must be in [0, 2^32), found " + max);
    }
    long mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    long value;
    do {
      value = nextUint32() & mask;
    } while (value > max);
    return value;
  }

  /** A uniform integer in {@code [0, n)} for {@code 1 <= n <= 2^32}, as {@code randint(0, n)}. */
  public long randint(long n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, found " + n);
    }
    return interval(n - 1);
  }

  /**
   * A standard normal value, as {@code RandomState.standard_normal()}: Marsaglia's polar method with
   * numpy's caching of the second value. The logarithm is {@link StrictMath#log} (fdlibm), so Java
   * gives the same bits everywhere; numpy's C {@code log} may differ in the last place.
   */
  public double standardNormal() {
    if (hasGauss) {
      hasGauss = false;
      return gauss;
    }
    double x1;
    double x2;
    double r2;
    do {
      x1 = 2.0 * nextDouble() - 1.0;
      x2 = 2.0 * nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    double f = StrictMath.sqrt(-2.0 * StrictMath.log(r2) / r2);
    gauss = f * x1;
    hasGauss = true;
    return f * x2;
  }

  /** Fisher–Yates shuffle in place, from the last element down, as {@code RandomState.shuffle}. */
  public void shuffle(int[] values) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = (int) interval(i);
      int tmp = values[i];
      values[i] = values[j];
      values[j] = tmp;
    }
  }

  /** A random permutation of {@code 0 … n-1}, as {@code RandomState.permutation(n)}. */
  public int[] permutation(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    shuffle(p);
    return p;
  }
}
