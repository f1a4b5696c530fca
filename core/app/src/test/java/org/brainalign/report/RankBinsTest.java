package org.brainalign.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Geometric bins with 3 per decade: edges 10^(k/3) = 1, 2.154, 4.642, 10, 21.54, 46.42, 100, …,
 * so the whole ranks fall as 1–2 | 3–4 | 5–9 | 10–21 | 22–46 | 47–99 | 100–215.
 */
class RankBinsTest {
  private final RankBins bins = new RankBins(3);

  @Test
  void ranksFallInTheBinsTheirEdgesSay() {
    int[][] expected = {{1, 0}, {2, 0}, {3, 1}, {4, 1}, {5, 2}, {9, 2}, {10, 3}, {21, 3}, {22, 4},
        {46, 4}, {47, 5}, {99, 5}, {100, 6}, {215, 6}, {216, 7}, {1000, 9}, {10000, 12}};
    for (int[] e : expected) {
      assertThat(bins.bin(e[0])).as("rank " + e[0]).isEqualTo(e[1]);
    }
  }

  @Test
  void labelsNameTheWholeRanksInEachBin() {
    assertThat(bins.label(0)).isEqualTo("1–2");
    assertThat(bins.label(1)).isEqualTo("3–4");
    assertThat(bins.label(2)).isEqualTo("5–9");
    assertThat(bins.label(3)).isEqualTo("10–21");
    assertThat(bins.label(6)).isEqualTo("100–215");
    assertThat(new RankBins(10).label(0)).isEqualTo("1");
    assertThat(new RankBins(10).label(1)).isEmpty();  // [1.26, 1.58) holds no whole rank
  }

  @Test
  void meansAverageTheRanksOfEachBin() {
    double[] rank = new double[12];
    double[] value = new double[12];
    for (int i = 0; i < 12; i++) {
      rank[i] = i + 1;
      value[i] = i + 1;
    }
    value[5] = Double.NaN;  // rank 6 is skipped
    Map<Integer, Double> m = bins.means(rank, value);
    assertThat(m).containsOnlyKeys(0, 1, 2, 3);
    assertThat(m.get(0)).isEqualTo(1.5);
    assertThat(m.get(1)).isEqualTo(3.5);
    assertThat(m.get(2)).isEqualTo((5 + 7 + 8 + 9) / 4.0);
    assertThat(m.get(3)).isEqualTo(11.0);
  }

  @Test
  void ranksBelowOneAreRejected() {
    assertThatThrownBy(() -> bins.bin(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }
}
