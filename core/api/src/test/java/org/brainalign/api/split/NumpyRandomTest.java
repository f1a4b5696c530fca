package org.brainalign.api.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** NumpyRandom against numpy's legacy RandomState (golden files). */
class NumpyRandomTest {

  @Test
  void permutationsEqualRandomState() {
    for (String[] r : NumpyGolden.rows("permutations.csv")) {
      long seed = Long.parseLong(r[0]);
      int n = Integer.parseInt(r[1]);
      int[] expected = Arrays.stream(r, 2, r.length).mapToInt(Integer::parseInt).toArray();
      assertThat(new NumpyRandom(seed).permutation(n)).as("seed %d n %d", seed, n)
          .containsExactly(expected);
    }
  }

  @Test
  void doublesEqualRandomSample() {
    for (String[] r : NumpyGolden.rows("doubles.csv")) {
      NumpyRandom rng = new NumpyRandom(Long.parseLong(r[0]));
      for (int i = 1; i < r.length; i++) {
        assertThat(rng.nextDouble()).isEqualTo(Double.parseDouble(r[i]));
      }
    }
  }

  @Test
  void intervalsEqualRandint() {
    for (String[] r : NumpyGolden.rows("randint.csv")) {
      NumpyRandom rng = new NumpyRandom(Long.parseLong(r[0]));
      long high = Long.parseLong(r[1]);
      for (int i = 2; i < r.length; i++) {
        assertThat(rng.interval(high - 1)).isEqualTo(Long.parseLong(r[i]));
      }
    }
  }

  @Test
  void seedOutsideNumpyRangeIsRejected() {
    assertThatThrownBy(() -> new NumpyRandom(-1)).hasMessageContaining("seed");
    assertThatThrownBy(() -> new NumpyRandom(1L << 32)).hasMessageContaining("seed");
  }
}
