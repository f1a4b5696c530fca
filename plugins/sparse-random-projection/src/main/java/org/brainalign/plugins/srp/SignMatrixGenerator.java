package org.brainalign.plugins.srp;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.brainalign.api.InvalidInputException;

/**
 * Generates the k × d matrix of a very sparse random projection from a seed, bit for bit the same on
 * every machine and thread count.
 *
 * <p>Distribution (Li, Hastie and Church 2006): each entry is independently +1/√(s·k) or −1/√(s·k)
 * with probability s/2 each, and 0 with probability 1 − s. The same as scikit-learn's
 * {@code SparseRandomProjection}, not the same draws.
 *
 * <p>Generator {@value #NAME}, column by column. Column j uses its own SplitMix64 stream,
 * key_j = mix(mix(seed) + j·γ), whose draw n ≥ 1 is w_n = mix(key_j + n·γ) (γ = 0x9e3779b97f4a7c15,
 * mix = SplitMix64's finaliser). The non-zero rows of the column are found by geometric skipping,
 * exactly equivalent to one Bernoulli(s) trial per entry: starting from r = −1, draw n gives
 * u = (⌊w_n / 2^11⌋ + 1) · 2^−53 ∈ (0, 1] and the gap g = ⌊log(u) / log1p(−s)⌋ (both with
 * {@link StrictMath}, so every JVM computes the same g); the next non-zero row is r ← r + 1 + g, the
 * column ends once r ≥ k, and the entry is positive when the lowest bit of w_n is 0. Because each
 * column depends on (seed, j) only, columns are generated in parallel blocks and joined in order.
 */
public final class SignMatrixGenerator {

  /** Name and version of the generator, recorded in provenance. */
  public static final String NAME = "splitmix64-geometric/1";

  private static final int BLOCK = 8192;

  private SignMatrixGenerator() {}

  /**
   * Generates the matrix.
   *
   * @param k rows (output size), ≥ 1
   * @param d columns (input size), ≥ 1
   * @param density s in (0, 1]
   * @param seed any long
   * @throws InvalidInputException when the matrix would hold more non-zeros than an int array can
   */
  public static SignMatrix generate(int k, int d, double density, long seed) {
    if (k < 1 || d < 1 || !(density > 0 && density <= 1)) {
      throw new IllegalArgumentException("k=" + k + ", d=" + d + ", density=" + density);
    }
    double expected = (double) k * d * density;
    if (expected > Integer.MAX_VALUE - 64 - 8 * Math.sqrt(expected)) {
      throw InvalidInputException.of("sparse-random-projection matrix",
          "fewer than 2^31 non-zero entries", String.format("about %.3g for k = %d, d = %d, density = %g",
              expected, k, d, density), "Lower dim or density (density=auto gives 1/sqrt(d)).");
    }
    long base = SplitMix64.mix(seed);
    double logKeep = StrictMath.log1p(-density);
    int blocks = (int) ((d + (long) BLOCK - 1) / BLOCK);
    Block[] parts = IntStream.range(0, blocks).parallel()
        .mapToObj(b -> block(k, b * BLOCK, Math.min(d, (b + 1) * BLOCK), density, base, logKeep))
        .toArray(Block[]::new);
    long total = 0;
    for (Block p : parts) {
      total += p.used;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw InvalidInputException.of("sparse-random-projection matrix", "fewer than 2^31 non-zeros",
          total + " non-zeros", "Lower dim or density.");
    }
    int[] ptr = new int[2 * d + 1];
    int[] rowIndex = new int[(int) total];
    int offset = 0;
    for (int b = 0; b < blocks; b++) {
      Block p = parts[b];
      System.arraycopy(p.rows, 0, rowIndex, offset, p.used);
      int first = 2 * b * BLOCK;
      for (int t = 1; t < p.ptr.length; t++) {
        ptr[first + t] = offset + p.ptr[t];
      }
      offset += p.used;
    }
    return new SignMatrix(k, d, density, ptr, rowIndex);
  }

  /** Columns [from, to): local pointers (2·(to − from) + 1, starting at 0) and row indices. */
  private static Block block(
      int k, int from, int to, double density, long base, double logKeep) {
    int[] ptr = new int[2 * (to - from) + 1];
    double expected = (double) (to - from) * k * density;
    int[] rows = new int[(int) Math.min(Integer.MAX_VALUE - 8, expected * 1.05 + 64)];
    int[] negatives = new int[16];
    int used = 0;
    for (int j = from; j < to; j++) {
      long key = SplitMix64.mix(base + j * SplitMix64.GAMMA);
      int neg = 0;
      double r = -1;
      for (long n = 1; ; n++) {
        long w = SplitMix64.draw(key, n);
        double gap = Math.floor(StrictMath.log(SplitMix64.unitOpenClosed(w)) / logKeep);
        r += 1 + gap;
        if (r >= k) {
          break;
        }
        if ((w & 1) == 0) {
          if (used == rows.length) {
            rows = Arrays.copyOf(rows, grow(rows.length));
          }
          rows[used++] = (int) r;
        } else {
          if (neg == negatives.length) {
            negatives = Arrays.copyOf(negatives, grow(negatives.length));
          }
          negatives[neg++] = (int) r;
        }
      }
      int c = j - from;
      ptr[2 * c + 1] = used;
      if (used + neg > rows.length) {
        rows = Arrays.copyOf(rows, Math.max(grow(rows.length), used + neg));
      }
      System.arraycopy(negatives, 0, rows, used, neg);
      used += neg;
      ptr[2 * c + 2] = used;
    }
    return new Block(ptr, rows, used);
  }

  private static int grow(int length) {
    return (int) Math.min(Integer.MAX_VALUE - 8, length + (long) (length >> 1) + 16);
  }

  private record Block(int[] ptr, int[] rows, int used) {}
}
