package org.brainalign.plugins.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** Distribution and determinism of the generated matrix. */
class SignMatrixTest {

  @Test
  void entriesFollowLiHastieChurch() {
    // k × d = 400 × 20,000 with s = 1/√d: about 56,600 non-zeros.
    int k = 400;
    int d = 20_000;
    double s = 1 / Math.sqrt(d);
    long seed = 42;
    System.out.println("SignMatrixTest seed " + seed);
    SignMatrix m = SignMatrixGenerator.generate(k, d, s, seed);
    double cells = (double) k * d;
    double mean = cells * s;
    double sd = Math.sqrt(cells * s * (1 - s));
    assertThat((double) m.nonZeros()).as("non-zeros, seed " + seed).isBetween(mean - 5 * sd, mean + 5 * sd);
    assertThat(m.scale()).isEqualTo(1 / Math.sqrt(s * k));

    long[] perRow = new long[k];
    long[] positives = {0};
    m.forEachNonZero((i, j, sign) -> {
      assertThat(sign == 1 || sign == -1).isTrue();
      perRow[i]++;
      positives[0] += sign > 0 ? 1 : 0;
    });
    // Half of the non-zeros positive.
    double half = m.nonZeros() / 2.0;
    assertThat((double) positives[0]).isBetween(half - 5 * Math.sqrt(half / 2), half + 5 * Math.sqrt(half / 2));
    // Mean non-zeros per row s·d, and rows equally likely: chi-square over the k rows.
    double perRowMean = m.nonZeros() / (double) k;
    assertThat(perRowMean).isCloseTo(s * d, within(5 * Math.sqrt(s * d / k)));
    double chi2 = 0;
    for (long c : perRow) {
      chi2 += (c - perRowMean) * (c - perRowMean) / perRowMean;
    }
    // chi2 with k − 1 = 399 degrees of freedom: mean 399, sd 28.2.
    assertThat(chi2).as("row uniformity chi2").isBetween(399 - 5 * 28.2, 399 + 5 * 28.2);
    assertThat(perRow[0]).as("row 0 is reachable").isPositive();
    assertThat(perRow[k - 1]).as("row k−1 is reachable").isPositive();
    // E[R_ij²] = 1/k, so each column has expected squared norm 1.
    assertThat(m.nonZeros() * m.scale() * m.scale() / d).isCloseTo(1.0,
        within(0.05));
  }

  @Test
  void densityOneIsDenseSigns() {
    SignMatrix m = SignMatrixGenerator.generate(7, 300, 1.0, 5);
    assertThat(m.nonZeros()).isEqualTo(7 * 300);
    assertThat(m.scale()).isEqualTo(1 / Math.sqrt(7));
  }

  @Test
  void sameSeedSameBitsOnAnyThreadCountAndDifferentSeedsDiffer() throws Exception {
    int k = 300;
    int d = 50_000; // 7 generation blocks
    double s = 1 / Math.sqrt(d);
    long a = SignMatrixGenerator.generate(k, d, s, 1).fingerprint();
    long b = SignMatrixGenerator.generate(k, d, s, 1).fingerprint();
    ForkJoinPool one = new ForkJoinPool(1);
    ForkJoinPool three = new ForkJoinPool(3);
    try {
      long c = one.submit(() -> SignMatrixGenerator.generate(k, d, s, 1).fingerprint()).get();
      long e = three.submit(() -> SignMatrixGenerator.generate(k, d, s, 1).fingerprint()).get();
      assertThat(b).isEqualTo(a);
      assertThat(c).isEqualTo(a);
      assertThat(e).isEqualTo(a);
    } finally {
      one.shutdown();
      three.shutdown();
    }
    assertThat(SignMatrixGenerator.generate(k, d, s, 2).fingerprint()).isNotEqualTo(a);
    assertThat(SignMatrixGenerator.generate(k, d, s, -1).fingerprint()).isNotEqualTo(a);
  }

  /**
   * Regression guard for the generator at ResNet50 layer1 size: these numbers were printed by this
   * implementation of {@value SignMatrixGenerator#NAME}; if they change, the same seed no longer
   * gives the same matrix as earlier releases, and the generator needs a new name.
   */
  @Test
  void layer1MatrixIsSparseAndPinned() {
    int d = 256 * 56 * 56;
    long start = System.nanoTime();
    SignMatrix m = SignMatrixGenerator.generate(5921, d, 1 / Math.sqrt(d), 0);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("layer1 matrix 5921 x %d: %d non-zeros, fingerprint %016x, %.2f s%n",
        d, m.nonZeros(), m.fingerprint(), seconds);
    double mean = 5921.0 * Math.sqrt(d);
    assertThat((double) m.nonZeros()).isBetween(mean - 5 * Math.sqrt(mean), mean + 5 * Math.sqrt(mean));
    assertThat(m.nonZeros()).isEqualTo(LAYER1_NONZEROS);
    assertThat(String.format("%016x", m.fingerprint())).isEqualTo(LAYER1_FINGERPRINT);
  }

  private static final int LAYER1_NONZEROS = 5_305_862;
  private static final String LAYER1_FINGERPRINT = "373cca0ede871a68";
}
