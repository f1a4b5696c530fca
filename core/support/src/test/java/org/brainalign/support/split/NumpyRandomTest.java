package org.brainalign.support.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
  void randintEqualsNumpyRandint() {
    for (String[] r : NumpyGolden.rows("randint.csv")) {
      NumpyRandom rng = new NumpyRandom(Long.parseLong(r[0]));
      long high = Long.parseLong(r[1]);
      for (int i = 2; i < r.length; i++) {
        assertThat(rng.randint(high)).isEqualTo(Long.parseLong(r[i]));
      }
    }
    assertThatThrownBy(() -> new NumpyRandom(0).randint(0)).hasMessageContaining("at least 1");
  }

  @Test
  void standardNormalsEqualNumpyToTheLastPlaceOrSo() {
    // StrictMath.log (fdlibm) and the C library's log may differ in the last place.
    for (String[] r : NumpyGolden.rows("normals.csv")) {
      NumpyRandom rng = new NumpyRandom(Long.parseLong(r[0]));
      for (int i = 1; i < r.length; i++) {
        double want = Double.parseDouble(r[i]);
        assertThat(rng.standardNormal()).as("seed %s draw %d", r[0], i)
            .isCloseTo(want, within(4 * Math.ulp(want)));
      }
    }
  }

  @Test
  void seedOutsideNumpyRangeIsRejected() {
    assertThatThrownBy(() -> new NumpyRandom(-1)).hasMessageContaining("seed");
    assertThatThrownBy(() -> new NumpyRandom(1L << 32)).hasMessageContaining("seed");
  }
}
