package org.brainalign.support.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NSD's ncsnr and noise ceiling against numpy; see src/test/python/generate_noise_ceiling.py. */
class NoiseCeilingTest {
  private static final double[][] TRIALS = rows("trials.csv");
  private static final List<String> STIMULI =
      Arrays.stream(rows("stimuli.csv")).map(r -> Long.toString((long) r[0])).toList();
  private static final double[][] NCSNR = rows("ncsnr.csv");
  private static final double[][] CEILING = rows("ceiling.csv");

  @Test
  void noiseVarianceAndNcsnrEqualNumpy() {
    double[] noise = NoiseCeiling.noiseVariance(TRIALS, STIMULI);
    double[] snr = NoiseCeiling.ncsnr(TRIALS, STIMULI);
    for (int v = 0; v < noise.length; v++) {
      assertThat(noise[v]).as("noise variance, voxel %d", v).isCloseTo(NCSNR[0][v], within(1e-12));
      if (Double.isInfinite(NCSNR[1][v])) {
        assertThat(snr[v]).as("ncsnr, voxel %d", v).isEqualTo(Double.POSITIVE_INFINITY);
      } else {
        assertThat(snr[v]).as("ncsnr, voxel %d", v).isCloseTo(NCSNR[1][v], within(1e-12));
      }
    }
    assertThat(snr[0]).as("noise variance above 1").isZero();
  }

  @Test
  void ceilingEqualsNumpyForOneTwoAndThreeTrials() {
    for (int n = 1; n <= 3; n++) {
      for (int v = 0; v < NCSNR[1].length; v++) {
        assertThat(NoiseCeiling.ceiling(NCSNR[1][v], n)).as("NC(n = %d), voxel %d", n, v)
            .isCloseTo(CEILING[n - 1][v], within(1e-12));
      }
    }
  }

  @Test
  void fractionWithEqualTrialsIsTheCeilingOverAHundred() {
    for (int n = 1; n <= 3; n++) {
      for (int v = 0; v < NCSNR[1].length; v++) {
        assertThat(100 * NoiseCeiling.fraction(NCSNR[1][v], 1.0 / n)).as("NC(n = %d), voxel %d", n, v)
            .isCloseTo(CEILING[n - 1][v], within(1e-12));
      }
    }
    // rows of 1 and 3 trials: mean 1/n = 2/3; ncsnr 1 gives 1 / (1 + 2/3) = 0.6
    assertThat(NoiseCeiling.fraction(1.0, (1 + 1 / 3.0) / 2)).isCloseTo(0.6, within(1e-15));
    assertThat(NoiseCeiling.fraction(Double.NaN, 1)).isNaN();
    assertThat(NoiseCeiling.fraction(-1, 1)).isNaN();
  }

  @Test
  void knownValues() {
    // noise 0.5: signal 0.5, ncsnr 1; NC(1) = 50 %, NC(3) = 75 %
    assertThat(NoiseCeiling.ncsnr(0.5)).isCloseTo(1.0, within(1e-15));
    assertThat(NoiseCeiling.ceiling(1.0, 1)).isCloseTo(50.0, within(1e-12));
    assertThat(NoiseCeiling.ceiling(1.0, 3)).isCloseTo(75.0, within(1e-12));
    double[][] t = {{1}, {3}, {10}, {5}};
    // stimulus a: var(1, 3) = 2 (ddof 1); b once (ignored); c: var(5) alone is not counted
    assertThat(NoiseCeiling.noiseVariance(t, List.of("a", "a", "b", "c"))).containsExactly(2.0);
  }

  @Test
  void refusesTrialsWithoutRepetitionsAndMismatchedIds() {
    double[][] t = {{1}, {2}};
    assertThatThrownBy(() -> NoiseCeiling.ncsnr(t, List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 trials");
    assertThatThrownBy(() -> NoiseCeiling.ncsnr(t, List.of("a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 trials, 1 stimulus");
    assertThatThrownBy(() -> NoiseCeiling.ceiling(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static double[][] rows(String name) {
    try (InputStream in = NoiseCeilingTest.class.getResourceAsStream("/noise-ceiling/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture /noise-ceiling/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().lines()
          .map(l -> Arrays.stream(l.split(",")).mapToDouble(s -> s.equals("inf")
              ? Double.POSITIVE_INFINITY : Double.parseDouble(s)).toArray())
          .toArray(double[][]::new);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
