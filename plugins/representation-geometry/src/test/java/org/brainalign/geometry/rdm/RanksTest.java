package org.brainalign.geometry.rdm;

import static org.assertj.core.api.Assertions.assertThat;

import org.brainalign.geometry.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Average ranks against {@code scipy.stats.rankdata}; see src/test/python. */
class RanksTest {

  @Test
  void averageRanksMatchRankdata() {
    assertThat(Ranks.average(Fixtures.vector("ranks_values.csv")))
        .containsExactly(Fixtures.vector("ranks_expected.csv"));
  }

  @Test
  void allTiedValuesShareTheMiddleRank() {
    assertThat(Ranks.average(new double[] {2.5, 2.5, 2.5, 2.5})).containsExactly(2.5, 2.5, 2.5, 2.5);
  }
}
