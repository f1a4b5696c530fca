package org.brainalign.support.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Average ranks against {@code scipy.stats.rankdata}; see src/test/python. */
class RanksTest {

  @Test
  void averageRanksMatchRankdata() {
    assertThat(Ranks.average(StatsFixtures.vector("ranks_values.csv")))
        .containsExactly(StatsFixtures.vector("ranks_expected.csv"));
  }

  @Test
  void nanSortsLastAndIsNeverTied() {
    // As Double.compare orders values (the report's rank correlation of scores relied on it).
    assertThat(Ranks.average(new double[] {Double.NaN, 2, 1, Double.NaN, 2}))
        .containsExactly(4, 2.5, 1, 5, 2.5);
  }

  @Test
  void allTiedValuesShareTheMiddleRank() {
    assertThat(Ranks.average(new double[] {2.5, 2.5, 2.5, 2.5})).containsExactly(2.5, 2.5, 2.5, 2.5);
  }
}
